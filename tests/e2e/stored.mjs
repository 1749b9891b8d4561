// Reads and writes the app's IndexedDB records from the page, as another version of the app
// (or a damaged disk) would have left them: database "tournee", object store "files", bytes.

/** Stores `text` (as UTF-8 bytes) under `key`; resolves once committed. */
export async function putRecord(page, key, text) {
  await page.evaluate(async ([key, text]) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open("tournee");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction("files", "readwrite");
      tx.objectStore("files").put(new TextEncoder().encode(text), key);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, [key, text]);
}

/**
 * The records whose keys start with `prefix`, read in the page: as text, or (`images`) as
 * pictures with their size in bytes, first four bytes, width and height.
 */
function readRecords(page, prefix, images) {
  return page.evaluate(
    async ([prefix, images]) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open("tournee");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = db.transaction("files").objectStore("files");
      const range = IDBKeyRange.bound(prefix, prefix + "\uffff");
      const [keys, values] = await Promise.all(
        [store.getAllKeys(range), store.getAll(range)].map(
          (request) => new Promise((resolve) => (request.onsuccess = () => resolve(request.result))),
        ),
      );
      db.close();
      if (!images) return keys.map((key, i) => [key, new TextDecoder().decode(values[i])]);
      return Promise.all(
        keys.map(async (key, i) => {
          const bitmap = await createImageBitmap(new Blob([values[i]]));
          return { key, bytes: values[i].length, head: Array.from(values[i].slice(0, 4)), width: bitmap.width, height: bitmap.height };
        }),
      );
    },
    [prefix, images],
  );
}

/** Every record whose key starts with `prefix`, as { key: text }. */
export async function recordsStartingWith(page, prefix) {
  return Object.fromEntries(await readRecords(page, prefix, false));
}

/** The stored images (signatures, photos) whose keys start with `prefix`: key, size in bytes, first four bytes, width and height. */
export function storedImages(page, prefix) {
  return readRecords(page, prefix, true);
}

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

/** Every record whose key starts with `prefix`, as { key: text }. */
export async function recordsStartingWith(page, prefix) {
  return page.evaluate(async (prefix) => {
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
    return Object.fromEntries(keys.map((key, i) => [key, new TextDecoder().decode(values[i])]));
  }, prefix);
}

//! `tournee pack index <folder>`: lists the region packs of a folder in its `index.json`, so that
//! the app built from `static/regions/` offers them to the crew.

use super::Args;
use crate::cli::core_errors::CoreError;
use crate::cli::messages::{Message, Needed};
use crate::road::pack::deployed::{entry_for, PackIndex, INDEX_FILE, INDEX_FORMAT};
use std::path::Path;

/// Writes `<folder>/index.json` listing every `.bin` pack of the folder, by file name; returns
/// what was listed. A `.bin` that is not a readable pack stops the command, naming it.
pub fn run(args: &Args) -> Result<String, String> {
    let folder = args.positional(0, Needed::PackFolder)?;
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .map_err(|e| Message::at(folder, e))?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".bin"))
        .collect();
    files.sort();
    let mut index = PackIndex { format: INDEX_FORMAT, packs: Vec::new() };
    for file in &files {
        let path = Path::new(folder).join(file);
        let bytes = std::fs::read(&path).map_err(|e| Message::at(path.display(), e))?;
        let entry = entry_for(file, &bytes).map_err(|e| Message::at(path.display(), CoreError::from(e)))?;
        index.packs.push(entry);
    }
    let text = index.encode();
    PackIndex::decode(&text).map_err(|e| Message::at(folder, e))?;
    let written = Path::new(folder).join(INDEX_FILE);
    std::fs::write(&written, &text).map_err(|e| Message::at(written.display(), e))?;
    let lines: Vec<String> = index
        .packs
        .iter()
        .map(|p| {
            Message::IndexedPack { file: p.file.clone(), name: p.name.clone(), junctions: p.junctions, bytes: p.bytes }
                .to_string()
        })
        .collect();
    let written = Message::IndexWritten { path: written.display().to_string(), count: index.packs.len() };
    Ok(format!("{written}\n{}", lines.join("\n")))
}

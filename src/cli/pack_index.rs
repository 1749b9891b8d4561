//! `tournee pack index <folder>`: lists the region packs of a folder in its `index.json`, so that
//! the app built from `static/regions/` offers them to the crew.

use super::Args;
use crate::road::pack::deployed::{entry_for, PackIndex, INDEX_FILE, INDEX_FORMAT};
use std::path::Path;

/// Writes `<folder>/index.json` listing every `.bin` pack of the folder, by file name; returns
/// what was listed. A `.bin` that is not a readable pack stops the command, naming it.
pub fn run(args: &Args) -> Result<String, String> {
    let folder = args.positional(0, "dossier des paquets")?;
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .map_err(|e| format!("{folder} : {e}"))?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".bin"))
        .collect();
    files.sort();
    let mut index = PackIndex { format: INDEX_FORMAT, packs: Vec::new() };
    for file in &files {
        let path = Path::new(folder).join(file);
        let bytes = std::fs::read(&path).map_err(|e| format!("{} : {e}", path.display()))?;
        let entry = entry_for(file, &bytes).map_err(|e| format!("{} : {e}", path.display()))?;
        index.packs.push(entry);
    }
    let text = index.encode();
    PackIndex::decode(&text).map_err(|e| format!("{folder} : {e}"))?;
    let written = Path::new(folder).join(INDEX_FILE);
    std::fs::write(&written, &text).map_err(|e| format!("{} : {e}", written.display()))?;
    let lines: Vec<String> = index
        .packs
        .iter()
        .map(|p| format!("  {} — {} ({} carrefours, {:.1} Mo)", p.file, p.name, p.junctions, p.bytes as f64 / 1e6))
        .collect();
    Ok(format!("{} : {} paquet(s)\n{}", written.display(), index.packs.len(), lines.join("\n")))
}

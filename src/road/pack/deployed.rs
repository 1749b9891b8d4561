//! The list of region packs deployed with the app (`regions/index.json`).
//!
//! Whoever installs Tournée for a crew copies packs into `static/regions/` and runs
//! `tournee pack index static/regions`, which writes this list: what each pack covers, its size
//! (to show before downloading and to detect a cut download) and a content id (to tell the app
//! that a newer pack was deployed). The app reads it to offer the packs in Réglages.

use super::{read_pack_meta, PackError, PackMeta};
use crate::road::BoundingBox;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// File name of the list, inside the packs' folder.
pub const INDEX_FILE: &str = "index.json";
/// Version of the list's layout written today.
pub const INDEX_FORMAT: u32 = 1;

/// The packs deployed with the app.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PackIndex {
    /// Layout version ([`INDEX_FORMAT`]).
    pub format: u32,
    /// The packs, in the order they are offered.
    pub packs: Vec<DeployedPack>,
}

/// One deployed pack, as the list describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeployedPack {
    /// File name inside the packs' folder (`haut-verdon.bin`).
    pub file: String,
    /// Size in bytes: shown before downloading, and a download of another size is refused.
    pub bytes: u64,
    /// Hash of the content: another id under the same file name means a newer pack.
    pub content_id: String,
    /// Region name shown to the user.
    pub name: String,
    /// Junctions of its road network.
    pub junctions: usize,
    /// Kilometres of road.
    pub km: f64,
    /// Timestamp of the OpenStreetMap data (Unix seconds), when the extract had one.
    pub osm_timestamp: Option<i64>,
    /// Area covered.
    pub bounds: BoundingBox,
}

/// Why a pack list could not be used.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum IndexError {
    /// Not JSON of the expected shape.
    #[error("unreadable list of deployed regions: {0}")]
    Unreadable(String),
    /// Written for a newer app.
    #[error("list of deployed regions in format {0}, newer than this version")]
    NewerFormat(u32),
    /// A file name that is not a plain `.bin` name in the folder.
    #[error("list of deployed regions: refused file name \"{0}\"")]
    BadFileName(String),
    /// The same file listed twice.
    #[error("list of deployed regions: \"{0}\" listed twice")]
    Duplicate(String),
}

/// A short, stable hash of a pack's bytes (64-bit FNV-1a, hex): enough to tell two versions apart.
pub fn content_id(bytes: &[u8]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let hash = bytes.iter().fold(OFFSET, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}

/// The list's entry for the pack `bytes` stored as `file`.
pub fn entry_for(file: &str, bytes: &[u8]) -> Result<DeployedPack, PackError> {
    let meta: PackMeta = read_pack_meta(bytes)?;
    Ok(DeployedPack {
        file: file.to_string(),
        bytes: bytes.len() as u64,
        content_id: content_id(bytes),
        name: meta.name,
        junctions: meta.import.junctions,
        km: meta.import.km,
        osm_timestamp: meta.import.osm_timestamp,
        bounds: meta.bounds,
    })
}

/// Whether `file` is a plain pack file name: no folder, no hidden file, ends in `.bin`.
fn is_plain_pack_name(file: &str) -> bool {
    file.ends_with(".bin")
        && !file.starts_with('.')
        && file.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

impl PackIndex {
    /// Reads a list, refusing one whose file names could point outside the folder.
    pub fn decode(text: &str) -> Result<PackIndex, IndexError> {
        #[derive(Deserialize)]
        struct FormatOnly {
            format: u32,
        }
        let unreadable = |e: serde_json::Error| IndexError::Unreadable(e.to_string());
        let FormatOnly { format } = serde_json::from_str(text).map_err(unreadable)?;
        if format > INDEX_FORMAT {
            return Err(IndexError::NewerFormat(format));
        }
        let index: PackIndex = serde_json::from_str(text).map_err(unreadable)?;
        for (at, pack) in index.packs.iter().enumerate() {
            if !is_plain_pack_name(&pack.file) {
                return Err(IndexError::BadFileName(pack.file.clone()));
            }
            if index.packs[..at].iter().any(|other| other.file == pack.file) {
                return Err(IndexError::Duplicate(pack.file.clone()));
            }
        }
        Ok(index)
    }

    /// The list as written in the folder.
    pub fn encode(&self) -> String {
        serde_json::to_string_pretty(self).expect("plain data") + "\n"
    }

    /// The entry for `file`, if it is deployed.
    pub fn find(&self, file: &str) -> Option<&DeployedPack> {
        self.packs.iter().find(|pack| pack.file == file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &[u8] = include_bytes!("../../../static/demo/andorra.bin");

    #[test]
    fn an_entry_describes_the_pack_and_identifies_its_content() {
        let entry = entry_for("andorre.bin", DEMO).unwrap();
        assert_eq!(entry.name, "Andorre");
        assert_eq!(entry.bytes, DEMO.len() as u64);
        assert!(entry.junctions > 4000, "{}", entry.junctions);
        assert!(entry.bounds.contains(crate::road::LatLon::new(42.5063, 1.5218).unwrap()));
        let mut changed = DEMO.to_vec();
        *changed.last_mut().unwrap() ^= 1;
        assert_ne!(content_id(&changed), entry.content_id);
        assert_eq!(content_id(DEMO), entry.content_id);
        assert!(matches!(entry_for("x.bin", b"not a pack"), Err(PackError::NotAPack)));
    }

    #[test]
    fn a_list_round_trips() {
        let index = PackIndex { format: INDEX_FORMAT, packs: vec![entry_for("andorre.bin", DEMO).unwrap()] };
        let decoded = PackIndex::decode(&index.encode()).unwrap();
        assert_eq!(decoded, index);
        assert!(decoded.find("andorre.bin").is_some());
        assert!(decoded.find("other.bin").is_none());
    }

    #[test]
    fn hostile_or_newer_lists_are_refused_with_the_reason() {
        let mut entry = entry_for("andorre.bin", DEMO).unwrap();
        let with = |entries: Vec<DeployedPack>| PackIndex { format: INDEX_FORMAT, packs: entries }.encode();
        for bad in ["../secret.bin", "a/b.bin", ".hidden.bin", "pack.exe", "https:x.bin"] {
            entry.file = bad.into();
            assert_eq!(PackIndex::decode(&with(vec![entry.clone()])), Err(IndexError::BadFileName(bad.into())));
        }
        entry.file = "a.bin".into();
        assert_eq!(
            PackIndex::decode(&with(vec![entry.clone(), entry.clone()])),
            Err(IndexError::Duplicate("a.bin".into()))
        );
        assert_eq!(PackIndex::decode(r#"{"format":9,"packs":[]}"#), Err(IndexError::NewerFormat(9)));
        assert!(matches!(PackIndex::decode("{\"format\":1"), Err(IndexError::Unreadable(_))));
        assert!(matches!(
            PackIndex::decode(r#"{"format":1,"packs":[{"file":"a.bin"}]}"#),
            Err(IndexError::Unreadable(_))
        ));
    }
}

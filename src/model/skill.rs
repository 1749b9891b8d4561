//! Trades a technician holds and a job requires.

use serde::{Deserialize, Serialize};

/// A trade qualification. A job may only go to a technician holding all its skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Skill {
    /// Optical fibre: splicing, ONT, PBO boxes.
    Fibre,
    /// Copper pairs: line faults, distribution frames.
    Copper,
    /// Civil works: telecom chambers, micro-trenches, ducts.
    CivilWorks,
    /// Pole replacement and climbing (needs the truck and the habilitation).
    Pole,
}

impl Skill {
    /// Every skill, in display order.
    pub const ALL: [Skill; 4] = [Skill::Fibre, Skill::Copper, Skill::CivilWorks, Skill::Pole];
}

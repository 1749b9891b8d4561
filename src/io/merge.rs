//! Adding imported interventions to the day's list without losing anything.
//!
//! Policy, by id: a new id is appended; the same id with identical content is
//! ignored (importing the same file twice changes nothing); the same id with other
//! content is a conflict — the existing intervention is kept (it may carry edits
//! made in the app since) and the imported one is returned for the user to choose
//! ([`MergeOutcome::accept_imported`]). Existing interventions keep their order.

use crate::model::Intervention;
use std::collections::HashMap;

/// An imported intervention whose id is already taken by a different one.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeConflict {
    /// The version kept in the list.
    pub existing: Intervention,
    /// The version from the import, left out.
    pub imported: Intervention,
}

impl MergeConflict {
    /// French names of the fields that differ, to show the user what the import would change.
    pub fn differences(&self) -> Vec<&'static str> {
        let (a, b) = (&self.existing, &self.imported);
        [
            ("client", a.customer != b.customer),
            ("téléphone", a.phone != b.phone),
            ("lieu", a.location != b.location || a.commune != b.commune),
            ("durée", a.service_s != b.service_s),
            ("créneaux", a.windows != b.windows),
            ("compétences", a.skills != b.skills),
            ("priorité", a.priority != b.priority),
            ("obligatoire", a.inclusion != b.inclusion),
            ("notes", a.notes != b.notes),
        ]
        .into_iter()
        .filter_map(|(name, differs)| differs.then_some(name))
        .collect()
    }
}

/// The merged list and what happened to each imported intervention.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergeOutcome {
    /// The existing interventions in their order, then the added ones in import order.
    pub interventions: Vec<Intervention>,
    /// Ids appended to the list.
    pub added: Vec<String>,
    /// Ids already present with identical content, ignored.
    pub unchanged: Vec<String>,
    /// Ids already present with other content: existing kept, imported set aside.
    pub conflicts: Vec<MergeConflict>,
}

impl MergeOutcome {
    /// Replaces the kept intervention `id` by its imported version, in place, and drops the conflict.
    ///
    /// Returns `false` (and changes nothing) when no conflict has this id.
    pub fn accept_imported(&mut self, id: &str) -> bool {
        let Some(index) = self.conflicts.iter().position(|c| c.imported.id == id) else { return false };
        let conflict = self.conflicts.remove(index);
        match self.interventions.iter_mut().find(|job| job.id == id) {
            Some(slot) => *slot = conflict.imported,
            None => self.interventions.push(conflict.imported),
        }
        true
    }
}

/// Merges `imported` into `existing` by id without overwriting anything silently (policy above).
///
/// An id repeated inside `imported` is treated like one already in the list.
///
/// Complexity: O(n + m) for n existing and m imported interventions.
pub fn merge_interventions(existing: &[Intervention], imported: Vec<Intervention>) -> MergeOutcome {
    let mut outcome = MergeOutcome { interventions: existing.to_vec(), ..MergeOutcome::default() };
    let mut index: HashMap<String, usize> =
        existing.iter().enumerate().map(|(i, job)| (job.id.clone(), i)).rev().collect();
    for job in imported {
        match index.get(&job.id) {
            Some(&i) if outcome.interventions[i] == job => outcome.unchanged.push(job.id),
            Some(&i) => {
                outcome.conflicts.push(MergeConflict { existing: outcome.interventions[i].clone(), imported: job })
            }
            None => {
                index.insert(job.id.clone(), outcome.interventions.len());
                outcome.added.push(job.id.clone());
                outcome.interventions.push(job);
            }
        }
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Inclusion, Priority};
    use crate::road::LatLon;

    fn job(id: &str, minutes: u32) -> Intervention {
        Intervention {
            id: id.into(),
            customer: format!("Client {id}"),
            phone: None,
            location: LatLon::new(44.097, 6.555).unwrap(),
            commune: None,
            service_s: minutes * 60,
            windows: vec![],
            skills: vec![],
            priority: Priority::Normal,
            inclusion: Inclusion::Mandatory,
            address: None,
            notes: String::new(),
            assigned_to: None,
            pin: None,
            postponed_from: Vec::new(),
        }
    }

    fn ids(jobs: &[Intervention]) -> Vec<&str> {
        jobs.iter().map(|job| job.id.as_str()).collect()
    }

    #[test]
    fn new_ids_are_appended_identical_ones_ignored_and_different_ones_kept_as_conflicts() {
        let existing = vec![job("A", 30), job("B", 45)];
        let mut edited_b = job("B", 60);
        edited_b.notes = "Portail vert".into();
        let outcome = merge_interventions(&existing, vec![job("C", 20), job("A", 30), edited_b.clone()]);
        assert_eq!(ids(&outcome.interventions), ["A", "B", "C"]);
        assert_eq!(outcome.added, ["C"]);
        assert_eq!(outcome.unchanged, ["A"]);
        assert_eq!(outcome.conflicts, [MergeConflict { existing: job("B", 45), imported: edited_b }]);
        assert_eq!(outcome.interventions[1], job("B", 45), "the existing version is kept");
        assert_eq!(outcome.conflicts[0].differences(), ["durée", "notes"]);
        let mut named = job("A", 30);
        named.commune = Some("Allos".into());
        let renamed = merge_interventions(&existing, vec![named]);
        assert_eq!(
            renamed.conflicts[0].differences(),
            ["lieu"],
            "the same point under a commune's name is a change of place"
        );
    }

    #[test]
    fn merging_the_same_import_twice_changes_nothing() {
        let first = merge_interventions(&[job("A", 30)], vec![job("B", 45), job("C", 20)]);
        let second = merge_interventions(&first.interventions, vec![job("B", 45), job("C", 20)]);
        assert_eq!(second.interventions, first.interventions);
        assert_eq!(
            (second.added.len(), second.unchanged, second.conflicts.len()),
            (0, vec!["B".into(), "C".into()], 0)
        );
    }

    #[test]
    fn an_id_repeated_within_the_import_is_added_once_and_then_compared() {
        let outcome = merge_interventions(&[], vec![job("A", 30), job("A", 30), job("A", 90)]);
        assert_eq!(ids(&outcome.interventions), ["A"]);
        assert_eq!((outcome.added, outcome.unchanged), (vec!["A".into()], vec!["A".into()]));
        assert_eq!(outcome.conflicts.len(), 1);
        assert_eq!(outcome.conflicts[0].imported.service_s, 90 * 60);
    }

    #[test]
    fn accepting_a_conflict_replaces_in_place() {
        let mut outcome = merge_interventions(&[job("A", 30), job("B", 45)], vec![job("A", 50)]);
        assert!(!outcome.accept_imported("Z"));
        assert!(outcome.accept_imported("A"));
        assert_eq!(ids(&outcome.interventions), ["A", "B"]);
        assert_eq!(outcome.interventions[0].service_s, 50 * 60);
        assert!(outcome.conflicts.is_empty());
        assert!(!outcome.accept_imported("A"), "a conflict is accepted once");
    }
}

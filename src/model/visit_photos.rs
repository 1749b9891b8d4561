//! Photos of the visit in the day's log: taken on a stop marked « Terminé » or « Échec » (never
//! before: a photo proves a visit made), several per stop, each named by the key of its stored
//! image and its size. The log stays append-only: a wrong shot is taken back by a new event, and
//! that removal can itself be undone. Photos belong to the finish they were taken after, so that
//! undoing the finish voids them, as it voids the signature. The day's photos share a budget of
//! bytes on the phone, counting every image stored (taken back or not: their images stay).

use super::{DayProgress, EventKind, ProgressError, ProgressEvent, TimeOfDay};
use serde::Serialize;

/// The most bytes the photos of one day may take on the phone (50 Mo).
pub const PHOTO_BUDGET_BYTES: u64 = 50_000_000;

/// A photo that counts for a stop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VisitPhoto {
    /// When it was taken (recorded).
    pub at: TimeOfDay,
    /// The storage key of its JPEG image.
    pub file: String,
    /// The image's size in bytes.
    pub bytes: u64,
}

/// A photo of the standing finish and, if it is taken back, where in the log its removal is.
struct PhotoState {
    photo: VisitPhoto,
    removed_by: Option<usize>,
}

impl DayProgress {
    /// Every photo recorded for `intervention` since its standing finish, with its removal.
    fn photo_states(&self, intervention: &str) -> Vec<PhotoState> {
        let Some(since) = self.finish_index(intervention) else {
            return Vec::new();
        };
        let mut states: Vec<PhotoState> = Vec::new();
        let ours = self.events.iter().enumerate().skip(since).filter(|(_, e)| e.intervention == intervention);
        for (index, event) in ours {
            match &event.kind {
                EventKind::Photo { file, bytes } => states.push(PhotoState {
                    photo: VisitPhoto { at: event.at, file: file.clone(), bytes: *bytes },
                    removed_by: None,
                }),
                EventKind::PhotoRemoved { file } => {
                    states.iter_mut().filter(|s| &s.photo.file == file).for_each(|s| s.removed_by = Some(index));
                }
                EventKind::PhotoRestored { file } => {
                    states.iter_mut().filter(|s| &s.photo.file == file).for_each(|s| s.removed_by = None);
                }
                _ => {}
            }
        }
        states
    }

    /// The photos that count for `intervention`, oldest first: those taken after the « Terminé »
    /// or « Échec » still standing and not taken back.
    pub fn photos(&self, intervention: &str) -> Vec<VisitPhoto> {
        self.photo_states(intervention).into_iter().filter(|s| s.removed_by.is_none()).map(|s| s.photo).collect()
    }

    /// The photo of `intervention` taken back last (and not given back since): what « Annuler »
    /// gives back.
    pub fn last_removed_photo(&self, intervention: &str) -> Option<VisitPhoto> {
        self.photo_states(intervention)
            .into_iter()
            .filter_map(|s| Some((s.removed_by?, s.photo)))
            .max_by_key(|(index, _)| *index)
            .map(|(_, photo)| photo)
    }

    /// Bytes the day's photos take on the phone: every photo recorded, since their images stay
    /// stored whether they were taken back or their finish undone.
    pub fn photo_bytes(&self) -> u64 {
        self.events
            .iter()
            .map(|event| match event.kind {
                EventKind::Photo { bytes, .. } => bytes,
                _ => 0,
            })
            .sum()
    }

    /// Whether the log can take `event` (a photo, its removal or the removal's undo): a photo on
    /// a finished stop within the day's budget, a removal of a photo that counts, an undo of a
    /// photo taken back.
    pub(super) fn check_photo(&self, event: &ProgressEvent) -> Result<(), ProgressError> {
        let id = &event.intervention;
        match &event.kind {
            EventKind::Photo { .. } if self.finish_index(id).is_none() => {
                Err(ProgressError::PhotoNotFinished(id.clone()))
            }
            EventKind::Photo { bytes, .. } if self.photo_bytes() + bytes > PHOTO_BUDGET_BYTES => {
                Err(ProgressError::PhotoBudget { used: self.photo_bytes(), photo: *bytes, budget: PHOTO_BUDGET_BYTES })
            }
            EventKind::PhotoRemoved { file } if !self.photos(id).iter().any(|photo| &photo.file == file) => {
                Err(ProgressError::NoSuchPhoto(file.clone()))
            }
            EventKind::PhotoRestored { file }
                if !self.photo_states(id).iter().any(|s| &s.photo.file == file && s.removed_by.is_some()) =>
            {
                Err(ProgressError::NoSuchPhoto(file.clone()))
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StopStatus;

    fn event(id: &str, at: &str, kind: EventKind) -> ProgressEvent {
        ProgressEvent { intervention: id.into(), at: at.parse().unwrap(), kind }
    }

    fn photo(file: &str, bytes: u64) -> EventKind {
        EventKind::Photo { file: file.into(), bytes }
    }

    fn files(log: &DayProgress, id: &str) -> Vec<String> {
        log.photos(id).into_iter().map(|photo| photo.file).collect()
    }

    #[test]
    fn photos_are_taken_on_a_done_or_failed_stop_only_several_per_stop() {
        let mut log = DayProgress::new("2026-11-26");
        let not_finished = Err(ProgressError::PhotoNotFinished("a".into()));
        assert_eq!(log.record(event("a", "09:00", photo("p0", 10))), not_finished, "planned");
        log.record(event("a", "09:05", EventKind::Arrived)).unwrap();
        assert_eq!(log.record(event("a", "09:06", photo("p0", 10))), not_finished, "on site");
        log.record(event("a", "09:40", EventKind::Done)).unwrap();
        log.record(event("a", "09:41", photo("p1", 200_000))).unwrap();
        log.record(event("a", "09:42", photo("p2", 300_000))).unwrap();
        assert_eq!(files(&log, "a"), ["p1", "p2"]);
        assert_eq!(log.photos("a")[0], VisitPhoto { at: "09:41".parse().unwrap(), file: "p1".into(), bytes: 200_000 });
        assert_eq!(log.status("a"), StopStatus::Done("09:40".parse().unwrap()), "a photo is no new status");
        assert_eq!(log.time_on_site("a"), Some(35));
        log.record(event("b", "10:00", EventKind::Failed { reason: "Accès impossible".into() })).unwrap();
        log.record(event("b", "10:01", photo("p3", 100))).unwrap();
        assert_eq!(files(&log, "b"), ["p3"], "a failed visit is photographed too (the closed gate)");
        assert!(files(&log, "c").is_empty());
        log.record(event("c", "10:30", EventKind::Postponed)).unwrap();
        assert_eq!(
            log.record(event("c", "10:31", photo("p4", 100))),
            Err(ProgressError::PhotoNotFinished("c".into())),
            "postponed: no visit"
        );
        assert_eq!(log.photo_bytes(), 500_100);
    }

    #[test]
    fn a_photo_taken_back_no_longer_counts_and_its_removal_can_be_undone() {
        let mut log = DayProgress::new("2026-11-26");
        log.record(event("a", "09:40", EventKind::Done)).unwrap();
        log.record(event("a", "09:41", photo("p1", 100))).unwrap();
        log.record(event("a", "09:42", photo("p2", 100))).unwrap();
        let removed = |file: &str| EventKind::PhotoRemoved { file: file.into() };
        let restored = |file: &str| EventKind::PhotoRestored { file: file.into() };
        assert_eq!(log.last_removed_photo("a"), None);
        log.record(event("a", "09:43", removed("p1"))).unwrap();
        assert_eq!(files(&log, "a"), ["p2"]);
        assert_eq!(log.last_removed_photo("a").map(|photo| photo.file), Some("p1".into()));
        assert_eq!(log.record(event("a", "09:44", removed("p1"))), Err(ProgressError::NoSuchPhoto("p1".into())));
        assert_eq!(log.record(event("a", "09:44", restored("p2"))), Err(ProgressError::NoSuchPhoto("p2".into())));
        assert_eq!(log.record(event("a", "09:44", removed("p9"))), Err(ProgressError::NoSuchPhoto("p9".into())));
        log.record(event("a", "09:45", removed("p2"))).unwrap();
        assert_eq!(log.last_removed_photo("a").map(|photo| photo.file), Some("p2".into()), "the last removal first");
        log.record(event("a", "09:46", restored("p2"))).unwrap();
        log.record(event("a", "09:47", restored("p1"))).unwrap();
        assert_eq!(files(&log, "a"), ["p1", "p2"], "given back in their first order");
        assert_eq!(log.last_removed_photo("a"), None);
        assert_eq!(log.events.len(), 7, "every removal and undo stays in the log");
        assert_eq!(log.photo_bytes(), 200, "a removal frees nothing: the image stays stored");
    }

    #[test]
    fn undoing_the_finish_voids_its_photos() {
        let mut log = DayProgress::new("2026-11-26");
        log.record(event("a", "09:05", EventKind::Arrived)).unwrap();
        log.record(event("a", "09:40", EventKind::Done)).unwrap();
        log.record(event("a", "09:41", photo("p1", 100))).unwrap();
        log.record(event("a", "09:50", EventKind::Reopened)).unwrap();
        assert!(files(&log, "a").is_empty(), "the finish it was taken for is undone");
        assert_eq!(
            log.record(event("a", "09:51", EventKind::PhotoRemoved { file: "p1".into() })),
            Err(ProgressError::NoSuchPhoto("p1".into()))
        );
        log.record(event("a", "10:10", EventKind::Failed { reason: "Client absent".into() })).unwrap();
        assert!(files(&log, "a").is_empty(), "an older photo is not this finish's");
        log.record(event("a", "10:11", photo("p2", 100))).unwrap();
        assert_eq!(files(&log, "a"), ["p2"]);
    }

    #[test]
    fn the_days_photos_stay_within_their_budget() {
        let mut log = DayProgress::new("2026-11-26");
        log.record(event("a", "09:40", EventKind::Done)).unwrap();
        log.record(event("a", "09:41", photo("p1", PHOTO_BUDGET_BYTES - 1_000))).unwrap();
        assert_eq!(
            log.record(event("a", "09:42", photo("p2", 1_001))),
            Err(ProgressError::PhotoBudget {
                used: PHOTO_BUDGET_BYTES - 1_000,
                photo: 1_001,
                budget: PHOTO_BUDGET_BYTES
            })
        );
        log.record(event("a", "09:43", photo("p3", 1_000))).unwrap();
        assert_eq!(log.photo_bytes(), PHOTO_BUDGET_BYTES, "exactly the budget is allowed");
    }

    #[test]
    fn a_log_written_before_photos_reads_and_a_photo_is_written_typed() {
        let old = r#"{"date":"2026-11-26","events":[{"intervention":"a","at":"09:00","kind":{"kind":"done"}},
            {"intervention":"a","at":"09:01","kind":{"kind":"signed","file":"s"}}]}"#;
        let mut log: DayProgress = serde_json::from_str(old).unwrap();
        assert_eq!(log.signature("a"), Some(("09:01".parse().unwrap(), "s")));
        assert!(log.photos("a").is_empty());
        log.record(event("a", "09:02", photo("proof.2026-11-26.a.photo-1.jpg", 123_456))).unwrap();
        log.record(event("a", "09:03", EventKind::PhotoRemoved { file: "proof.2026-11-26.a.photo-1.jpg".into() }))
            .unwrap();
        let json = serde_json::to_string(&log).unwrap();
        assert!(
            json.contains(r#""kind":{"kind":"photo","file":"proof.2026-11-26.a.photo-1.jpg","bytes":123456}"#),
            "{json}"
        );
        assert!(json.contains(r#""kind":{"kind":"photo_removed","file":"proof.2026-11-26.a.photo-1.jpg"}"#), "{json}");
        let replayed: DayProgress = serde_json::from_str(&json).unwrap();
        assert_eq!(replayed, log);
        assert_eq!(
            replayed.signature("a"),
            Some(("09:01".parse().unwrap(), "s")),
            "a photo does not hide the signature"
        );
    }
}

//! The handle on the one state: what a render shows, and, for the tasks that outlive that
//! render (worker replies, storage callbacks, messages from other tabs), the latest value.
//!
//! Yew's own reducer handle gives a task only the value of the render it was made in. Here the
//! state lives in one cell, owned by the root component: [`AppContext::dispatch`] runs the
//! reducer on what the cell holds and asks for a render, and [`AppContext::latest`] reads it.
//! The page runs on one thread: between a task's `latest()` and its next `await`, nothing else
//! changes the state, so a read and the dispatch that follows it act on the same value.

use super::{Action, AppState};
use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// The cell holding the state, and how to render the app again.
struct Store {
    current: RefCell<Rc<AppState>>,
    render: UseForceUpdateHandle,
}

/// The state as a render shows it, and the way to change it; shared through a context.
#[derive(Clone)]
pub struct AppContext {
    shown: Rc<AppState>,
    store: Rc<Store>,
}

impl AppContext {
    /// Runs `action` through the reducer on the latest state; renders again if it changed.
    pub fn dispatch(&self, action: Action) {
        let changed = {
            let mut current = self.store.current.borrow_mut();
            let next = Rc::clone(&current).reduce(action);
            let changed = !Rc::ptr_eq(&next, &current);
            *current = next;
            changed
        };
        if changed {
            self.store.render.force_update();
        }
    }

    /// The state now, with every action dispatched so far (not only those of this render).
    pub fn latest(&self) -> Rc<AppState> {
        Rc::clone(&self.store.current.borrow())
    }
}

impl Deref for AppContext {
    type Target = AppState;

    /// The state this render shows.
    fn deref(&self) -> &AppState {
        &self.shown
    }
}

impl PartialEq for AppContext {
    /// Two handles are equal when they show the same state (consumers render again otherwise).
    fn eq(&self, other: &AppContext) -> bool {
        Rc::ptr_eq(&self.store, &other.store) && (Rc::ptr_eq(&self.shown, &other.shown) || self.shown == other.shown)
    }
}

/// The app's state, made once by `initial` and kept for the life of the component calling this
/// (the root); each render gets a handle showing the latest value.
#[hook]
pub fn use_app_state(initial: fn() -> AppState) -> AppContext {
    let render = use_force_update();
    let store = use_memo((), move |_| Store { current: RefCell::new(Rc::new(initial())), render });
    let shown = Rc::clone(&store.current.borrow());
    AppContext { shown, store }
}

//! The checklist's steps and what a member sees of them.

use crate::t;
use serde::{Deserialize, Serialize};

/// How long after joining the home page shows the checklist (it stays at `/welcome`).
pub const SHOWN_FOR_SECS: i64 = 30 * 86_400;

/// A step of the welcome checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Profile,
    Introduce,
    Guidelines,
    Reply,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Profile, Step::Introduce, Step::Guidelines, Step::Reply];

    /// Its part of the ledger key (`checklist:<step>:<member>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Profile => "profile",
            Step::Introduce => "introduce",
            Step::Guidelines => "guidelines",
            Step::Reply => "reply",
        }
    }

    pub fn title(self) -> String {
        match self {
            Step::Profile => t!("welcome-profile"),
            Step::Introduce => t!("welcome-introduce"),
            Step::Guidelines => t!("welcome-guidelines"),
            Step::Reply => t!("welcome-reply"),
        }
    }

    pub fn how(self) -> String {
        match self {
            Step::Profile => t!("welcome-profile-how"),
            Step::Introduce => t!("welcome-introduce-how"),
            Step::Guidelines => t!("welcome-guidelines-how"),
            Step::Reply => t!("welcome-reply-how"),
        }
    }

    pub fn href(self) -> &'static str {
        match self {
            Step::Profile => "/me/profile",
            Step::Introduce => "/forum/new",
            Step::Guidelines => "/guidelines",
            Step::Reply => "/forum",
        }
    }
}

/// One step as the member stands with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepView {
    pub step: Step,
    pub done: bool,
}

/// The member's checklist: the steps that apply (the guidelines only once published), the points a step
/// pays (0 when the rule is off), and whether the home page still shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    pub steps: Vec<StepView>,
    pub points_per_step: i64,
    pub on_home: bool,
}

impl Checklist {
    pub fn done(&self) -> usize {
        self.steps.iter().filter(|s| s.done).count()
    }

    pub fn complete(&self) -> bool {
        self.done() == self.steps.len()
    }
}

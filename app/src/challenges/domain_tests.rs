use super::*;

fn form() -> ChallengeForm {
    ChallengeForm {
        title: "Write a review".into(),
        description: "Tell the world.".into(),
        points: "75".into(),
        starts_at: "2026-11-01".into(),
        ends_at: "2026-11-30".into(),
        max_completions: "".into(),
        mode: "review".into(),
        link_url: "".into(),
        answer: "".into(),
        active: Some("on".into()),
        group: String::new(),
    }
}

#[test]
fn a_complete_form_parses_and_the_last_day_counts_whole() {
    let d = ChallengeDraft::parse(&form()).unwrap();
    assert_eq!(d.points, 75);
    assert_eq!(d.mode, Mode::Review);
    assert_eq!(d.ends_at.unwrap() - d.starts_at.unwrap(), 29 * 86_400 + 86_399);
    assert!(d.active && d.link_url.is_none() && d.answer.is_none() && d.max_completions.is_none());
}

#[test]
fn each_bad_field_is_named() {
    let bad = |change: fn(&mut ChallengeForm)| {
        let mut f = form();
        change(&mut f);
        ChallengeDraft::parse(&f).unwrap_err().field
    };
    assert_eq!(bad(|f| f.title = " ".into()), "title");
    assert_eq!(bad(|f| f.points = "0".into()), "points");
    assert_eq!(bad(|f| f.points = "-5".into()), "points");
    assert_eq!(bad(|f| f.points = "100001".into()), "points");
    assert_eq!(bad(|f| f.ends_at = "2026-10-01".into()), "ends_at");
    assert_eq!(bad(|f| f.starts_at = "tomorrow".into()), "starts_at");
    assert_eq!(bad(|f| f.max_completions = "0".into()), "max_completions");
    assert_eq!(bad(|f| f.mode = "".into()), "mode");
    assert_eq!(
        bad(|f| {
            f.mode = "link".into();
            f.link_url = "http://plain.example".into()
        }),
        "link_url"
    );
    for url in ["https://exämple.com/ü", "https://", "https://x.com/a\u{7f}"] {
        let f = ChallengeForm { mode: "link".into(), link_url: url.into(), ..form() };
        assert_eq!(ChallengeDraft::parse(&f).unwrap_err().field, "link_url", "{url}");
    }
    assert_eq!(bad(|f| f.mode = "answer".into()), "answer");
}

#[test]
fn each_mode_keeps_only_what_it_needs() {
    let link = ChallengeForm {
        mode: "link".into(),
        link_url: " https://example.com/webinar ".into(),
        answer: "x".into(),
        ..form()
    };
    let d = ChallengeDraft::parse(&link).unwrap();
    assert_eq!(d.link_url.as_deref(), Some("https://example.com/webinar"));
    assert_eq!(d.answer, None);
    let answer = ChallengeForm {
        mode: "answer".into(),
        answer: "  Blue  Whale ".into(),
        link_url: "https://x".into(),
        ..form()
    };
    let d = ChallengeDraft::parse(&answer).unwrap();
    assert_eq!((d.answer.as_deref(), d.link_url), (Some("Blue Whale"), None));
}

#[test]
fn answers_match_without_case_spacing_or_trailing_punctuation() {
    assert!(answer_matches("Blue Whale", "  blue   whale! "));
    assert!(!answer_matches("Blue Whale", "blue"));
    assert!(!answer_matches("", ""));
    assert!(!answer_matches("42", "?"));
    assert!(!answer_matches("5", "-5"));
    assert!(!answer_matches("C++", "c"));
    assert!(answer_matches("C++", "c++."));
}

#[test]
fn a_challenge_is_open_only_inside_its_window_with_a_place_left() {
    let open = Openness {
        active: true,
        starts_at: Some(100),
        ends_at: Some(200),
        max_completions: Some(2),
        taken: 1,
        mine: None,
        now: 150,
    };
    assert_eq!(open.check(), Ok(()));
    assert_eq!(Openness { active: false, ..open }.check(), Err(Closed::Inactive));
    assert_eq!(Openness { now: 99, ..open }.check(), Err(Closed::NotYet));
    assert_eq!(Openness { now: 201, ..open }.check(), Err(Closed::Ended));
    assert_eq!(Openness { taken: 2, ..open }.check(), Err(Closed::Full));
    assert_eq!(Openness { mine: Some(CompletionStatus::Approved), ..open }.check(), Err(Closed::AlreadyDone));
    assert_eq!(Openness { mine: Some(CompletionStatus::Pending), ..open }.check(), Err(Closed::Waiting));
    assert_eq!(
        Openness { mine: Some(CompletionStatus::Rejected), ..open }.check(),
        Ok(()),
        "a rejected try may be repeated"
    );
    assert_eq!(Closed::Full.to_string(), "Every place in this challenge is taken.");
}

#[test]
fn only_pending_completions_are_decided_and_rejections_need_a_reason() {
    assert_eq!(CompletionStatus::Pending.decide(true), Ok(CompletionStatus::Approved));
    assert_eq!(CompletionStatus::Pending.decide(false), Ok(CompletionStatus::Rejected));
    assert!(CompletionStatus::Approved.decide(false).unwrap_err().contains("already decided"));
    assert_eq!(decision_note(" ", true).unwrap_err().field, "note");
    assert_eq!(decision_note("", false).unwrap(), "");
    assert_eq!(evidence("").unwrap_err().field, "evidence");
}

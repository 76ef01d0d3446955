use super::*;

/// Every state a story can be in: featured only when approved with public consent.
fn every_state() -> Vec<Lifecycle> {
    let mut all = Vec::new();
    for status in Status::ALL {
        for consent in Consent::ALL {
            all.push(Lifecycle { status, featured: false, consent });
            if status == Status::Approved && consent.is_public() {
                all.push(Lifecycle { status, featured: true, consent });
            }
        }
    }
    all
}

/// The allowed moves, written out one by one: anything not listed here must be refused.
fn allowed(from: Lifecycle, action: Action) -> Option<Lifecycle> {
    use Action::*;
    use Status::*;
    let Lifecycle { status, featured, consent } = from;
    let to = |status, featured, consent| Some(Lifecycle { status, featured, consent });
    match (status, featured, consent, action) {
        (Deleted, ..) => None,
        (Draft, _, _, Submit) => to(Submitted, false, consent),
        (Submitted, _, _, Approve) => to(Approved, false, consent),
        (Submitted, _, _, RequestChanges) => to(Draft, false, consent),
        (Submitted, _, _, Reject) => to(Rejected, false, consent),
        (Approved, false, Consent::Named | Consent::Anonymous, Feature) => to(Approved, true, consent),
        (Approved, true, _, Unfeature) => to(Approved, false, consent),
        (Approved | Rejected, _, _, Archive) => to(Archived, false, consent),
        (_, _, Consent::Named | Consent::Anonymous, WithdrawConsent) => to(status, false, Consent::Internal),
        (_, _, _, Delete) => to(Deleted, false, consent),
        _ => None,
    }
}

#[test]
fn every_allowed_move_lands_where_the_table_says_and_every_other_move_is_refused() {
    let mut checked = 0;
    for from in every_state() {
        for action in Action::ALL {
            let got = from.apply(action);
            match allowed(from, action) {
                Some(to) => assert_eq!(got, Ok(to), "{from:?} --{action:?}-->"),
                None => {
                    let refusal = got.expect_err(&format!("{from:?} --{action:?}--> should be refused"));
                    assert!(refusal.0.ends_with('.'), "a refusal is a sentence: {refusal}");
                }
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 20 * 9, "20 states × 9 moves");
}

#[test]
fn refusals_say_what_is_wrong() {
    let draft = Lifecycle::draft(Consent::Named);
    assert_eq!(
        draft.apply(Action::Approve).unwrap_err().0,
        "Only a story waiting for review can be approved; this one is a draft."
    );
    let internal = Lifecycle { status: Status::Approved, featured: false, consent: Consent::Internal };
    assert!(internal.apply(Action::Feature).unwrap_err().0.contains("has not agreed to publish"));
    let rejected = Lifecycle { status: Status::Rejected, ..draft };
    assert!(rejected.apply(Action::Feature).unwrap_err().0.contains("Only an approved story"));
    let gone = Lifecycle { status: Status::Deleted, ..draft };
    assert_eq!(gone.apply(Action::Delete).unwrap_err().0, "This story was deleted by its author.");
}

#[test]
fn only_approved_stories_with_public_consent_are_public() {
    for s in every_state() {
        assert_eq!(s.is_public(), s.status == Status::Approved && s.consent != Consent::Internal, "{s:?}");
    }
}

#[test]
fn withdrawing_consent_unfeatures_and_makes_the_story_private() {
    let featured = Lifecycle { status: Status::Approved, featured: true, consent: Consent::Anonymous };
    let after = featured.apply(Action::WithdrawConsent).unwrap();
    assert!(!after.is_public());
    assert!(!after.featured);
    assert_eq!(after.status, Status::Approved);
}

#[test]
fn each_side_is_offered_only_its_own_moves() {
    let submitted = Lifecycle { status: Status::Submitted, featured: false, consent: Consent::Named };
    assert_eq!(submitted.moves(Actor::Moderator), vec![Action::Approve, Action::RequestChanges, Action::Reject]);
    assert_eq!(submitted.moves(Actor::Author), vec![Action::WithdrawConsent, Action::Delete]);
    let approved = Lifecycle { status: Status::Approved, ..submitted };
    assert_eq!(approved.moves(Actor::Moderator), vec![Action::Feature, Action::Archive]);
    assert!(Lifecycle::draft(Consent::Named).editable());
    assert!(!submitted.editable());
}

fn form() -> StoryForm {
    StoryForm {
        title: "  How we cut onboarding   to a day ".into(),
        body: "We started with **one team**.".into(),
        product: "Chorus Cloud".into(),
        rating: "5".into(),
        quote: "".into(),
        company: "Acme".into(),
        job_title: "".into(),
        consent: "named".into(),
    }
}

#[test]
fn a_complete_form_parses_with_tidy_fields_and_slugs() {
    let d = StoryDraft::parse(&form()).unwrap();
    assert_eq!(d.title, "How we cut onboarding to a day");
    assert_eq!(d.slug, "how-we-cut-onboarding-to-a-day");
    assert_eq!(d.product_slug, "chorus-cloud");
    assert_eq!(d.rating.get(), 5);
    assert_eq!(d.consent, Consent::Named);
    assert_eq!(d.quote, "");
}

#[test]
fn each_bad_field_is_named_with_its_problem() {
    let bad = |change: fn(&mut StoryForm)| {
        let mut f = form();
        change(&mut f);
        StoryDraft::parse(&f).unwrap_err()
    };
    assert_eq!(bad(|f| f.title = "  ".into()).field, "title");
    assert_eq!(bad(|f| f.body = "\n".into()).message, "Tell your story: the text is missing.");
    assert_eq!(bad(|f| f.body = "x".repeat(BODY_MAX + 1)).message, "A story can be at most 20000 characters.");
    assert!(StoryDraft::parse(&StoryForm { body: "é".repeat(BODY_MAX), ..form() }).is_ok());
    assert_eq!(bad(|f| f.product = "".into()).field, "product");
    for rating in ["0", "6", "", "four", "-1", "4.5"] {
        let f = StoryForm { rating: rating.into(), ..form() };
        assert_eq!(StoryDraft::parse(&f).unwrap_err().message, "Choose a rating from 1 to 5 stars.", "{rating:?}");
    }
    assert_eq!(bad(|f| f.quote = "q".repeat(QUOTE_MAX + 1)).field, "quote");
    assert_eq!(bad(|f| f.consent = "".into()).field, "consent");
    assert_eq!(bad(|f| f.consent = "public".into()).field, "consent");
}

#[test]
fn changes_and_rejections_need_a_message_for_the_author() {
    assert_eq!(decision_message(Action::RequestChanges, " ").unwrap_err().field, "message");
    assert!(decision_message(Action::Reject, "").unwrap_err().message.contains("Say why"));
    assert_eq!(decision_message(Action::Approve, "").unwrap(), "");
    assert!(decision_message(Action::Approve, &"m".repeat(MESSAGE_MAX + 1)).is_err());
}

#[test]
fn embed_parameters_are_checked_and_wall_filters_are_forgiving() {
    assert_eq!(embed_limit(None), Ok(6));
    assert_eq!(embed_limit(Some("20")), Ok(20));
    assert!(embed_limit(Some("0")).unwrap_err().contains("from 1 to 20"));
    assert!(embed_limit(Some("21")).is_err());
    assert_eq!(Theme::parse(Some("dark")), Ok(Theme::Dark));
    assert!(Theme::parse(Some("pink")).unwrap_err().contains("light or dark"));
    let f = WallFilter::from_query(Some("Chorus Cloud"), Some("9"));
    assert_eq!(f, WallFilter { product: "chorus-cloud".into(), min_rating: 0 });
    assert_eq!(WallFilter::from_query(None, Some("4")).min_rating, 4);
}

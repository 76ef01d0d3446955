use super::*;

fn tally(promoters: i64, passives: i64, detractors: i64) -> NpsTally {
    NpsTally { promoters, passives, detractors }
}

#[test]
fn scores_fall_into_their_groups_at_the_edges() {
    assert_eq!(Group::of(0), Group::Detractor);
    assert_eq!(Group::of(6), Group::Detractor);
    assert_eq!(Group::of(7), Group::Passive);
    assert_eq!(Group::of(8), Group::Passive);
    assert_eq!(Group::of(9), Group::Promoter);
    assert_eq!(Group::of(10), Group::Promoter);
    for g in Group::ALL {
        assert_eq!(Group::parse(g.as_str()), Some(g));
        let (lo, hi) = g.range();
        assert!((lo..=hi).all(|s| Group::of(s) == g));
    }
}

#[test]
fn five_promoters_three_passives_and_two_detractors_score_thirty() {
    let t = NpsTally::of([10, 9, 9, 10, 9, 8, 7, 7, 3, 0]);
    assert_eq!(t, tally(5, 3, 2));
    assert_eq!(t.total(), 10);
    // 50% − 20% = 30
    assert_eq!(t.score(), Some(30));
    let mut per_score = [0; 11];
    [10, 9, 9, 10, 9, 8, 7, 7, 3, 0].into_iter().for_each(|s| per_score[s] += 1);
    assert_eq!(NpsTally::of_distribution(&per_score), t);
    assert_eq!((t.percent(Group::Promoter), t.percent(Group::Passive), t.percent(Group::Detractor)), (50, 30, 20));
}

#[test]
fn nobody_answering_has_no_score() {
    assert_eq!(NpsTally::default().score(), None);
    assert_eq!(NpsTally::default().percent(Group::Promoter), 0);
}

#[test]
fn all_promoters_is_a_hundred_and_all_detractors_minus_a_hundred() {
    assert_eq!(tally(4, 0, 0).score(), Some(100));
    assert_eq!(tally(0, 0, 7).score(), Some(-100));
    assert_eq!(tally(0, 3, 0).score(), Some(0));
    assert_eq!(tally(2, 5, 2).score(), Some(0));
}

#[test]
fn halves_round_away_from_zero() {
    // 1 of 8 = 12.5%
    assert_eq!(tally(1, 7, 0).score(), Some(13));
    assert_eq!(tally(0, 7, 1).score(), Some(-13));
    // 3 of 8 − 0 = 37.5%
    assert_eq!(tally(3, 5, 0).score(), Some(38));
    // 1 of 3 = 33.33…%, 2 of 3 = 66.66…%
    assert_eq!(tally(1, 2, 0).score(), Some(33));
    assert_eq!(tally(2, 1, 0).score(), Some(67));
    assert_eq!(tally(0, 1, 2).score(), Some(-67));
    // 2 promoters, 1 detractor of 6: 33.3 − 16.7 = 16.66…
    assert_eq!(tally(2, 3, 1).score(), Some(17));
}

#[test]
fn periods_count_from_the_start() {
    let start = 1_700_000_000;
    assert_eq!(period_no(start - 1, start, 90), None);
    assert_eq!(period_no(start, start, 90), Some(0));
    assert_eq!(period_no(start + 90 * DAY - 1, start, 90), Some(0));
    assert_eq!(period_no(start + 90 * DAY, start, 90), Some(1));
    assert_eq!(period_no(start + 200 * DAY, start, 7), Some(28));
}

#[test]
fn a_survey_is_open_from_its_start_to_its_end() {
    assert_eq!(Phase::at(99, 100, None), Phase::NotStarted);
    assert_eq!(Phase::at(100, 100, None), Phase::Open);
    assert_eq!(Phase::at(200, 100, Some(200)), Phase::Open);
    assert_eq!(Phase::at(201, 100, Some(200)), Phase::Closed);
}

fn form() -> SurveyForm {
    SurveyForm {
        title: "Autumn pulse".into(),
        question: DEFAULT_QUESTION.into(),
        ask_why: Some("on".into()),
        period_days: "90".into(),
        starts_at: "2026-11-01".into(),
        ends_at: "2026-11-30".into(),
        group: String::new(),
    }
}

#[test]
fn a_complete_survey_form_parses_and_the_last_day_counts_whole() {
    let d = SurveyDraft::parse(&form()).unwrap();
    assert_eq!(d.title, "Autumn pulse");
    assert!(d.ask_why);
    assert_eq!(d.period_days, 90);
    assert_eq!(d.ends_at.unwrap() - d.starts_at, 29 * DAY + DAY - 1);
    let open = SurveyDraft::parse(&SurveyForm { ends_at: "".into(), ask_why: None, ..form() }).unwrap();
    assert_eq!((open.ends_at, open.ask_why), (None, false));
    let one_day = SurveyDraft::parse(&SurveyForm { ends_at: "2026-11-01".into(), ..form() }).unwrap();
    assert_eq!(one_day.ends_at, Some(one_day.starts_at + DAY - 1));
}

#[test]
fn each_bad_survey_field_is_named() {
    let bad = |change: fn(&mut SurveyForm)| {
        let mut f = form();
        change(&mut f);
        SurveyDraft::parse(&f).unwrap_err().field
    };
    assert_eq!(bad(|f| f.title = " ".into()), "title");
    assert_eq!(bad(|f| f.title = "x".repeat(TITLE_MAX + 1)), "title");
    assert_eq!(bad(|f| f.question = "".into()), "question");
    assert_eq!(bad(|f| f.question = "q".repeat(QUESTION_MAX + 1)), "question");
    assert_eq!(bad(|f| f.period_days = "6".into()), "period_days");
    assert_eq!(bad(|f| f.period_days = "366".into()), "period_days");
    assert_eq!(bad(|f| f.period_days = "ninety".into()), "period_days");
    assert_eq!(bad(|f| f.starts_at = "".into()), "starts_at");
    assert_eq!(bad(|f| f.starts_at = "tomorrow".into()), "starts_at");
    assert_eq!(bad(|f| f.ends_at = "2026-10-31".into()), "ends_at");
    assert_eq!(bad(|f| f.ends_at = "soon".into()), "ends_at");
}

#[test]
fn answers_are_whole_scores_from_zero_to_ten() {
    for s in 0..=10 {
        assert_eq!(Answer::parse(&s.to_string(), "", true).unwrap().score, s);
    }
    for bad in ["-1", "11", "", "7.5", "ten", "100"] {
        assert_eq!(Answer::parse(bad, "", true).unwrap_err().field, "score", "{bad}");
    }
    assert_eq!(Answer::parse(" 9 ", "  Great people  ", true).unwrap().comment, "Great people");
    assert_eq!(Answer::parse("9", "Not asked", false).unwrap().comment, "");
    assert_eq!(Answer::parse("9", &"x".repeat(COMMENT_MAX + 1), true).unwrap_err().field, "comment");
}

#[test]
fn the_trend_has_one_point_per_month_with_gaps_kept() {
    // 2026-01-15, 2026-01-31 23:59:59, 2026-02-01 00:00:00, 2026-04-10
    let (jan, jan_end, feb, apr) = (1_768_435_200, 1_769_903_999, 1_769_904_000, 1_775_779_200);
    let months = monthly(&[(apr, 3, 1), (jan, 10, 2), (jan_end, 0, 1), (feb, 8, 1)]);
    let names: Vec<&str> = months.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(names, ["2026-01", "2026-02", "2026-03", "2026-04"]);
    assert_eq!(months[0].tally, tally(2, 0, 1));
    assert_eq!(months[0].tally.score(), Some(33));
    assert_eq!(months[1].tally, tally(0, 1, 0));
    assert_eq!(months[2].tally.score(), None);
    assert_eq!(months[3].tally.score(), Some(-100));
    assert!(monthly(&[]).is_empty());
    // December rolls over into January.
    let dec = 1_764_547_200; // 2025-12-01
    assert_eq!(monthly(&[(dec, 9, 1), (jan, 9, 1)]).len(), 2);
}

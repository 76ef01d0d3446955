use super::*;

fn input() -> GroupInput {
    GroupInput {
        slug: "advisory-board".into(),
        name: "  Customer   advisory board ".into(),
        description: "Twelve customers who see the roadmap first.".into(),
        visibility: "hidden".into(),
        joining: "admins".into(),
    }
}

#[test]
fn a_group_form_is_checked_field_by_field() {
    let spec = input().parse().unwrap();
    assert_eq!(spec.name, "Customer advisory board");
    assert_eq!((spec.visibility, spec.joining), (Visibility::Hidden, Joining::Admins));
    let rules = GroupRules::parse("@Acme.com, example.org", "").unwrap();
    assert_eq!(rules.domains, vec!["acme.com", "example.org"]);
    assert_eq!(rules.auto_level_id, None);
    let field = |f: fn(&mut GroupInput)| {
        let mut i = input();
        f(&mut i);
        i.parse().unwrap_err().field
    };
    assert_eq!(field(|i| i.slug = "Board Room".into()), "slug");
    assert_eq!(field(|i| i.slug = "".into()), "slug");
    assert_eq!(field(|i| i.name = "  ".into()), "name");
    assert_eq!(field(|i| i.description = "x".repeat(301)), "description");
    assert_eq!(field(|i| i.visibility = "secret".into()), "visibility");
    assert_eq!(field(|i| i.joining = "anyone".into()), "joining");
    assert_eq!(field(|i| i.joining = "open".into()), "joining", "nobody joins a hidden group alone");
    assert_eq!(GroupRules::parse("not a domain", "").unwrap_err().field, "domains");
    assert_eq!(GroupRules::parse("", "gold").unwrap_err().field, "level");
    assert_eq!(GroupRules::parse("", "3").unwrap().auto_level_id, Some(3));
}

#[test]
fn people_come_from_pasted_lines_or_a_csv() {
    let text = "email,name\nAda@Example.com, Ada\n@grace\n\n\"linus\";x\nada@example.com\n";
    assert_eq!(people_in(text).unwrap(), vec!["ada@example.com", "grace", "linus"]);
    assert_eq!(people_in("\n  \nemail\n").unwrap_err().field, "people");
}

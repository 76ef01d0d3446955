use super::domain::*;
use crate::accounts::domain::Role;

fn form() -> ProviderForm {
    ProviderForm {
        slug: "okta".into(),
        name: "Okta".into(),
        issuer: "https://login.example.com/".into(),
        client_id: "abc".into(),
        client_secret: "secret".into(),
        ..ProviderForm::default()
    }
}

#[test]
fn an_issuer_is_https_or_on_this_machine() {
    assert_eq!(issuer("https://login.example.com/realms/x").unwrap(), "https://login.example.com/realms/x");
    assert_eq!(issuer(" https://tenant.auth0.example/ ").unwrap(), "https://tenant.auth0.example/", "kept as written");
    assert_eq!(issuer("http://127.0.0.1:3102").unwrap(), "http://127.0.0.1:3102");
    assert_eq!(issuer("http://localhost:8080").unwrap(), "http://localhost:8080");
    for bad in [
        "http://login.example.com",
        "http://127.0.0.1.evil.example",
        "https://user@login.example.com",
        "https://login.example.com/?a=1",
        "https://login.example.com/#x",
        "ftp://login.example.com",
        "login.example.com",
        "https://",
    ] {
        assert_eq!(issuer(bad).unwrap_err().field, "issuer", "{bad}");
    }
}

#[test]
fn scopes_always_start_with_openid_and_are_words() {
    assert_eq!(scopes("").unwrap(), "openid email profile");
    assert_eq!(scopes("email, groups email").unwrap(), "openid email groups");
    assert_eq!(scopes("openid").unwrap(), "openid");
    assert!(scopes("email \"x\"").is_err());
}

#[test]
fn a_provider_is_checked_field_by_field() {
    let ok = ProviderDraft::parse(&form(), true).unwrap();
    assert_eq!(
        (ok.slug.as_str(), ok.issuer.as_str(), ok.scopes.as_str()),
        ("okta", "https://login.example.com/", "openid email profile")
    );
    assert!(!ok.create_accounts && !ok.auto_link && ok.claim.is_none());
    let field = |f: ProviderForm, new: bool| ProviderDraft::parse(&f, new).unwrap_err().field;
    assert_eq!(field(ProviderForm { slug: "Ok ta".into(), ..form() }, true), "slug");
    assert_eq!(field(ProviderForm { slug: "-okta".into(), ..form() }, true), "slug");
    assert_eq!(field(ProviderForm { name: " ".into(), ..form() }, true), "name");
    assert_eq!(field(ProviderForm { client_id: "".into(), ..form() }, true), "client_id");
    assert_eq!(field(ProviderForm { client_secret: "".into(), ..form() }, true), "client_secret");
    // Changing a provider keeps its secret when none is typed.
    assert_eq!(
        ProviderDraft::parse(&ProviderForm { client_secret: "".into(), ..form() }, false).unwrap().client_secret,
        None
    );
    assert_eq!(field(ProviderForm { claim: "two words".into(), ..form() }, true), "claim");
    assert_eq!(field(ProviderForm { admin_values: "admins".into(), ..form() }, true), "claim");
    let mapped = ProviderForm {
        claim: "groups".into(),
        admin_values: "admins, ops\nadmins".into(),
        moderator_values: "mods".into(),
        create_accounts: Some("on".into()),
        ..form()
    };
    let d = ProviderDraft::parse(&mapped, true).unwrap();
    assert_eq!(d.admin_values, ["admins", "ops"]);
    assert_eq!(d.moderator_values, ["mods"]);
    assert!(d.create_accounts);
}

#[test]
fn the_claim_gives_the_highest_role_it_names() {
    let admins = vec!["admins".to_string()];
    let mods = vec!["mods".to_string()];
    let values = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(mapped_role(&admins, &mods, &values(&["mods", "admins"])), Some(Role::Admin));
    assert_eq!(mapped_role(&admins, &mods, &values(&["mods"])), Some(Role::Moderator));
    assert_eq!(mapped_role(&admins, &mods, &values(&["beta"])), Some(Role::Member));
    assert_eq!(mapped_role(&[], &[], &values(&["admins"])), None, "no mapping: the role is Chorus's to decide");
}

#[test]
fn claim_values_are_read_from_a_string_or_a_list() {
    use serde_json::json;
    assert_eq!(claim_values(Some(&json!(["a", 2, true, {"x": 1}]))), ["a", "2", "true"]);
    assert_eq!(claim_values(Some(&json!("solo"))), ["solo"]);
    assert!(claim_values(None).is_empty());
    assert!(claim_values(Some(&json!(null))).is_empty());
}

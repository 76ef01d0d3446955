# Beitreten: die Registrierungsseite, die Beitrittsanfrage und das Annehmen einer Einladung der Admins.

## Registrierungsseite

join-title = Der Community beitreten
join-apply-title = Beitritt beantragen
join-how-approval = Das Team prüft jede Beitrittsanfrage; wir mailen dir seine Entscheidung.
join-how-approval-domains = Das Team prüft jede Beitrittsanfrage; wir mailen dir seine Entscheidung. Adressen bei { $domains } treten sofort bei, ohne die Fragen.
# $domains: eine oder mehrere Domains, durch Kommas getrennt.
join-how-invite = Adressen bei { $domains } können hier beitreten; alle anderen brauchen eine Einladung.
join-email = E-Mail
join-email-hint = Wir zeigen sie anderen Mitgliedern nie.
join-questions = Ein paar Fragen des Teams
join-create-button = Konto erstellen
join-creating = Dein Konto wird erstellt …
join-apply-button = Anfrage senden
join-applying = Wird gesendet …
# Vor dem Link „Anmelden“.
join-already-member = Schon Mitglied?
join-sign-in = Anmelden

## Die Felder, die beide Wege zum Beitritt abfragen

join-display-name = Anzeigename
join-display-name-hint = Wird neben allem angezeigt, was du schreibst.
join-password = Passwort
join-password-hint = Mindestens 10 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort.
# Das Kästchen für die Bedingungen: „Ich akzeptiere die [Nutzungsbedingungen (Version 3)] und habe die [Datenschutzhinweise] gelesen.“ (Links in Klammern)
join-terms-accept = Ich akzeptiere die
join-terms-link = Nutzungsbedingungen (Version { $version })
join-terms-privacy = und habe die
join-terms-privacy-link = Datenschutzhinweise
# Beendet den Satz nach dem Link zu den Datenschutzhinweisen (mit dem Leerzeichen davor).
join-terms-privacy-end = { " " }gelesen.
# Beendet den Satz nach dem Link zu den Bedingungen, wenn es keine Datenschutzhinweise gibt.
join-terms-end = .

## Beitritt nur mit Einladung

join-by-invitation-title = Beitritt nur mit Einladung
join-by-invitation-text = Dieser Community kann man nur mit Einladung beitreten. Wenn dich jemand aus dem Team eingeladen hat, öffne den Link in der E-Mail, um beizutreten.

## Eine Einladung annehmen

join-invitation-title = Nimm deine Einladung an
join-opening-invitation = Deine Einladung wird geöffnet …
join-without-invitation = Ohne Einladung beitreten
# $role ist die Rolle, die die Einladung vergibt: member, moderator oder admin.
join-invited-as = { $role ->
    [moderator] { $inviter } hat dich eingeladen, der Community als Moderator beizutreten.
    [admin] { $inviter } hat dich eingeladen, der Community als Admin beizutreten.
   *[member] { $inviter } hat dich eingeladen, der Community als Botschafter beizutreten.
}
# Vor der eingeladenen Adresse (fett).
join-your-address = Deine Adresse:
# Nach der eingeladenen Adresse, vor Datum und Uhrzeit, zu der die Einladung endet.
join-address-confirmed = . Mit dem Öffnen dieses Links ist sie bestätigt. Die Einladung gilt bis

## Was der Server antwortet

join-invitation-only = Dieser Community kann man nur mit Einladung beitreten: Bitte das Team um eine Einladung.
join-domains-only = Ohne Einladung können nur Adressen bei { $domains } beitreten: Nutze deine oder bitte das Team um eine Einladung.
join-account-exists = Es gibt schon ein Konto mit dieser Adresse: Melde dich an oder setze das Passwort zurück.

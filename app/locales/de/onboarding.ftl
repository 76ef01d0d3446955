## So sammelst du Punkte (/earn)

onboarding-title = So sammelst du Punkte
# „Punkte ergeben Stufen und lassen sich gegen [Prämien] eintauschen. …“: die Worte vor dem Link, der Link, die
# Worte danach.
onboarding-lead-before = Punkte ergeben Stufen und lassen sich gegen
onboarding-lead-rewards = Prämien
onboarding-lead-after = {" "}eintauschen. Hier ist alles, was Punkte bringt, so wie das Programm heute eingerichtet ist.
onboarding-points = Punkte fürs Mitmachen
onboarding-no-rules = Im Moment bringt keine Aktivität Punkte.
onboarding-what-you-do = Was du tust
onboarding-what-you-earn = Was du bekommst
onboarding-challenges = Challenges
onboarding-no-challenges = Gerade laufen keine Challenges.
# Vor Datum und Uhrzeit, an dem eine Challenge endet.
onboarding-ends = endet am
onboarding-take-part = An einer Challenge teilnehmen
onboarding-badges = Abzeichen
onboarding-no-badges = Es gibt noch keine Abzeichen.
onboarding-all-badges = Alle Abzeichen und wer sie hat

## Was Punkte bringt (erste Spalte der Tabelle)

onboarding-rule-topic = Ein Thema im Forum eröffnen
onboarding-rule-reply = In einem Thema antworten
onboarding-rule-like = Ein Like für einen deiner Beiträge bekommen
onboarding-rule-story-approved = Deine Kundengeschichte wird freigegeben
onboarding-rule-story-featured = Deine Geschichte wird in der Übersicht hervorgehoben
onboarding-rule-referral = Jemanden werben, der beitritt und mitmacht
onboarding-rule-challenge = Eine Challenge abschließen
onboarding-rule-welcome = Über den Empfehlungslink eines Mitglieds beitreten (ein Willkommensbonus)
onboarding-rule-survey = An einer Umfrage teilnehmen
onboarding-rule-joined = Der Community beitreten (einmalig, wenn du deine E-Mail-Adresse bestätigst)
onboarding-rule-checklist = Einen Schritt der Willkommens-Checkliste erledigen (jeden Schritt einmal)
# Die zweite Spalte, für eine Regel mit Tageslimit.
onboarding-reward-capped = { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
    }, bis zu { $cap } pro Tag

## Wie man die einzelnen Abzeichen bekommt

onboarding-badge-manual = Vom Community-Team verliehen, wenn ihm etwas Besonderes auffällt
onboarding-badge-posts = { $count ->
        [one] { $count } Beitrag schreiben
       *[other] { $count } Beiträge schreiben
    }
onboarding-badge-likes = { $count ->
        [one] { $count } Like
       *[other] { $count } Likes
    } für deine Beiträge bekommen
onboarding-badge-stories-approved = { $count ->
        [one] { $count } freigegebene Geschichte
       *[other] { $count } freigegebene Geschichten
    } haben
onboarding-badge-stories-featured = { $count ->
        [one] { $count } hervorgehobene Geschichte
       *[other] { $count } hervorgehobene Geschichten
    } haben
onboarding-badge-referrals = { $count ->
        [one] Eine Person werben, die beitritt
       *[other] { $count } Personen werben, die beitreten
    }
onboarding-badge-days = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } Mitglied sein

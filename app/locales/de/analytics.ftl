## Programm-Dashboard (/admin/dashboard): Zeitraum

analytics-title = Programm-Dashboard
# Für Screenreader, während die Kennzahlen geladen werden.
analytics-loading = Wird gezählt …
# Reiter eines vorgegebenen Zeitraums: „30 Tage“.
analytics-days = { $days } Tage
analytics-custom-period = Eigener Zeitraum (beide Tage eingeschlossen)
analytics-from = Von
analytics-to = Bis
analytics-show = Anzeigen
# Nach dem fett gesetzten Zeitraum: „1. Jan. 2026 – 30. Jan. 2026 (30 Tage), verglichen mit …“.
analytics-compared = ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}), verglichen mit { $previous }

## Kennzahlen

analytics-figures = Kennzahlen
analytics-figure = Kennzahl
analytics-this-period = Dieser Zeitraum
analytics-previous-period = Vorheriger Zeitraum
analytics-change = Veränderung
analytics-figures-csv = Kennzahlen herunterladen (CSV)
analytics-group-members = Mitglieder
analytics-group-referrals = Empfehlungen
analytics-group-stories = Geschichten und Beiträge
analytics-group-points = Punkte und Prämien
analytics-group-satisfaction = Zufriedenheit
analytics-active-members = Aktive Mitglieder
analytics-members = Mitglieder
analytics-participation-rate = Beteiligungsquote
analytics-new-members = Neue Mitglieder
analytics-referred = Neue Mitglieder durch Empfehlungen
analytics-referral-rate = Empfehlungsquote
analytics-referral-clicks = Besuche über Empfehlungslinks
analytics-visits-signed-up = Besuche mit Registrierung
analytics-qualified = Qualifizierte Empfehlungen
analytics-rewarded = Belohnte Empfehlungen
analytics-customers = Geworbene, die Kunden wurden
analytics-revenue = Umsatz mit geworbenen Kunden
analytics-posts = Beiträge
analytics-stories-submitted = Eingereichte Geschichten
analytics-stories-approved = Freigegebene Geschichten
analytics-stories-featured = Hervorgehobene Geschichten
analytics-points-issued = Vergebene Punkte
analytics-points-redeemed = Eingelöste Punkte
analytics-redemptions = Einlösungen
analytics-nps-answers = NPS-Antworten
# Spalte „Veränderung“, wenn eine Kennzahl gleich geblieben ist.
analytics-no-change = unverändert
# Spalte „Veränderung“ für einen Wert, der vorher 0 war: „+4 (neu)“.
analytics-new = neu
# Veränderung einer Quote in Prozentpunkten: „+2,5 Pp.“.
analytics-points-change = { $change } Pp.

## Verlauf: Liniendiagramme

analytics-trends = Verlauf
# Titel eines Diagramms; $days ist die Zahl der Tage je Punkt.
analytics-chart-members = { $days ->
    [1] Neue und aktive Mitglieder pro Tag
   *[other] Neue und aktive Mitglieder je { $days } Tage
}
analytics-chart-posts = { $days ->
    [1] Beiträge pro Tag
   *[other] Beiträge je { $days } Tage
}
# Beschreibung eines Diagramms für Screenreader.
analytics-chart-desc = { $lines } vom { $first } bis { $last }; die Skala reicht von 0 bis { $top }.
# Aufklappbarer Bereich unter einem Diagramm mit seiner Datentabelle.
analytics-chart-numbers = { $title }: die Zahlen
# Erste Spalte der Datentabelle: der Tag, an dem ein Punkt beginnt.
analytics-chart-from = Ab
analytics-trend-csv = Verlaufsdaten herunterladen (CSV)

## Einlösungen nach Prämie: Balkendiagramm

analytics-rewards-title = Einlösungen nach Prämie
analytics-rewards-none = In diesem Zeitraum wurden keine Prämien eingelöst.
analytics-rewards-desc = { $rewards ->
    [one] { $rewards } Prämie
   *[other] { $rewards } Prämien
}; der längste Balken steht für { $longest ->
    [one] { $longest } Einlösung
   *[other] { $longest } Einlösungen
} auf einer Skala bis { $top }.
analytics-reward = Prämie
analytics-points = Punkte
analytics-rewards-csv = Einlösungen nach Prämie herunterladen (CSV)

## Mitgliederbindung

analytics-retention = Mitgliederbindung
analytics-retention-note = Mitglieder, die sich im jeweiligen Monat registriert haben, und der Anteil von ihnen, der in diesem und in jedem folgenden Monat etwas gepostet, eine Geschichte eingereicht oder eine Prämie eingelöst hat.
analytics-retention-caption = Bindung nach Registrierungsmonat (letzte { $months } Monate)
analytics-signed-up = Registriert im
# Erste Monatsspalte: der Registrierungsmonat selbst; die nächsten heißen „+1“, „+2“ …
analytics-signup-month = Registrierungsmonat
analytics-retention-csv = Bindungstabelle herunterladen (CSV)

## Ablehnungen des gewünschten Zeitraums

analytics-period-days = Wähle 7, 30 oder 90 Tage oder gib ein Start- und ein Enddatum an.
analytics-period-from = Gib das Startdatum („Von“) als JJJJ-MM-TT an.
analytics-period-to = Gib das Enddatum („Bis“) als JJJJ-MM-TT an.
analytics-period-reversed = Das Enddatum („Bis“) liegt vor dem Startdatum („Von“).
analytics-period-too-long = Ein Zeitraum darf höchstens 5 Jahre lang sein: Wähle einen späteren Beginn oder ein früheres Ende.

## Die Zeitraum-Reiter des Dashboards

analytics-period = Zeitraum

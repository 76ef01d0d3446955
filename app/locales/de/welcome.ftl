## Die Willkommens-Checkliste (Startseite und /welcome)

welcome-title = Erste Schritte
welcome-done-sentence = { $done } von { $total } erledigt.
welcome-points-per-step = { $points ->
    [one] Jeder Schritt bringt { $points } Punkt.
   *[other] Jeder Schritt bringt { $points } Punkte.
}
welcome-steps-done = Erledigte Schritte
# Im Fortschrittsbalken, für Browser, die ihn nicht zeichnen.
welcome-done-of = { $done } von { $total }
welcome-step-done = Erledigt
welcome-step-to-do = Offen
# Für Screenreader vor dem Titel jedes Schritts: „Erledigt: Vervollständige dein Profil“.
welcome-step-state = { $state }:{" "}
welcome-all-done = Alles erledigt – willkommen an Bord!

## Die Schritte

welcome-profile = Vervollständige dein Profil
welcome-profile-how = Füge ein Bild und ein paar Worte über dich hinzu.
welcome-introduce = Stell dich vor
welcome-introduce-how = Starte ein Thema: wer du bist und wofür du das Produkt nutzt.
welcome-guidelines = Lies die Community-Richtlinien
welcome-guidelines-how = Wie wir hier miteinander umgehen.
welcome-reply = Schreib deine erste Antwort
welcome-reply-how = Beantworte eine Frage oder bedank dich bei jemandem in einem Thema, das ein anderes Mitglied gestartet hat.

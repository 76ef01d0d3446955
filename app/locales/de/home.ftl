## Startseite

home-description = { $community }: Tausch dich mit anderen aus, erzähl deine Geschichte, sammle Anerkennung und Prämien.
home-greeting = Schön, dass du da bist, { $name }.
home-your-account = Dein Konto
home-join = Der Community beitreten
home-features = Was dich hier erwartet
home-forums = Community-Foren
home-forums-text = Fragen, Antworten und Ideen von Menschen, die das Produkt jeden Tag nutzen.
home-stories = Kundengeschichten
home-stories-text = Erzähl, wie du mit dem Produkt erfolgreich bist; die besten Geschichten stellen wir vor.
home-points = Punkte, Abzeichen und Prämien
home-points-text = Wer anderen hilft, sammelt Punkte und tauscht sie gegen Rabatte, Vorabzugang und Merchandise ein.

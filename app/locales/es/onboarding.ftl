## Cómo ganar puntos (/earn)

onboarding-title = Cómo ganar puntos
# «Los puntos suman niveles y se pueden canjear por [recompensas]. …»: las palabras antes del enlace, el enlace y
# las palabras después.
onboarding-lead-before = Los puntos suman niveles y se pueden canjear por
onboarding-lead-rewards = recompensas
onboarding-lead-after = . Aquí tienes todo lo que da puntos, tal como está configurado el programa hoy.
onboarding-points = Puntos por participar
onboarding-no-rules = Ahora mismo ninguna actividad da puntos.
onboarding-what-you-do = Lo que haces
onboarding-what-you-earn = Lo que ganas
onboarding-challenges = Retos
onboarding-no-challenges = Ahora mismo no hay retos en curso.
# Antes de la fecha y la hora en que termina un reto.
onboarding-ends = termina el
onboarding-take-part = Participar en un reto
onboarding-badges = Insignias
onboarding-no-badges = Todavía no hay insignias.
onboarding-all-badges = Ver todas las insignias y quién las tiene

## Lo que da puntos (primera columna de la tabla)

onboarding-rule-topic = Iniciar un tema en el foro
onboarding-rule-reply = Responder en un tema
onboarding-rule-like = Recibir un «me gusta» en una de tus publicaciones
onboarding-rule-story-approved = Conseguir que se apruebe tu historia de cliente
onboarding-rule-story-featured = Conseguir que tu historia se destaque en el muro
onboarding-rule-referral = Recomendar a alguien que se une y participa
onboarding-rule-challenge = Completar un reto
onboarding-rule-welcome = Unirte con el enlace de recomendación de un miembro (un bono de bienvenida)
onboarding-rule-survey = Responder una encuesta
onboarding-rule-joined = Unirte a la comunidad (una vez, cuando confirmas tu dirección de correo)
onboarding-rule-checklist = Completar un paso de la lista de bienvenida (cada paso una vez)
# La segunda columna, para una regla con límite diario.
onboarding-reward-capped = { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }, hasta { $cap } al día

## Cómo se gana cada insignia

onboarding-badge-manual = La otorga el equipo de la comunidad cuando nota algo especial
onboarding-badge-posts = Escribir { $count ->
        [one] { $count } publicación
       *[other] { $count } publicaciones
    }
onboarding-badge-likes = Recibir { $count } «me gusta» en tus publicaciones
onboarding-badge-stories-approved = Conseguir que se { $count ->
        [one] apruebe { $count } historia
       *[other] aprueben { $count } historias
    }
onboarding-badge-stories-featured = Conseguir que se { $count ->
        [one] destaque { $count } historia
       *[other] destaquen { $count } historias
    }
onboarding-badge-referrals = { $count ->
        [one] Recomendar a alguien que se une
       *[other] Recomendar a { $count } personas que se unen
    }
onboarding-badge-days = Ser miembro durante { $count ->
        [one] { $count } día
       *[other] { $count } días
    }

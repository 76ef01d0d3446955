# La interfaz de Chorus en español. Tratamos de tú a los miembros, como es habitual en una comunidad.
# Traducido de en.ftl: las mismas claves y los mismos marcadores.

## Común

loading = Cargando…
switch-current = (actual)
points-amount = { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
}

## El marco de la página: enlace de salto, navegación, pie

shell-skip-link = Saltar al contenido
nav-main = Principal
nav-menu = Menú
nav-forum = Foro
nav-stories = Historias
nav-challenges = Retos
nav-rewards = Recompensas
nav-leaderboard = Clasificación
nav-search = Buscar
nav-sign-in = Iniciar sesión
nav-join = Unirse
nav-groups = Grupos
nav-my-stories = Mis historias
nav-my-points = Mis puntos
nav-invite = Invitar a amigos
nav-account-of = Cuenta de
nav-notifications = Notificaciones
nav-unread = { $count } sin leer
nav-staff = Equipo
staff-flags = Denuncias
staff-held = Aprobaciones
staff-story-review = Revisión de historias
staff-challenge-review = Revisión de retos
staff-pictures = Imágenes
staff-dashboard = Panel
staff-members = Miembros
staff-invitations = Invitaciones
staff-import = Importar
staff-applications = Solicitudes
staff-categories = Categorías
staff-points = Puntos
staff-badges = Insignias
staff-challenges = Retos
staff-nps = NPS
staff-rewards = Recompensas
staff-redemptions = Canjes
staff-referrals = Referidos
staff-embed = Insertar
staff-api = API
staff-webhooks = Webhooks
staff-sso = Inicio de sesión
staff-settings = Ajustes
staff-audit = Registro de auditoría
footer-nav = Pie de página
footer-terms = Condiciones del servicio
footer-privacy = Aviso de privacidad
footer-guidelines = Normas de la comunidad
footer-accessibility = Accesibilidad
theme-legend = Tema
theme-system = Como mi sistema
theme-light = Claro
theme-dark = Oscuro
language-legend = Idioma
not-found-title = Página no encontrada
not-found-text = No hay nada en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
not-found-home = Ir a la página de inicio

## Página de inicio

home-description = { $community }: conversa con otros clientes, comparte tu historia y gana reconocimiento y recompensas.
home-greeting = Qué bueno verte, { $name }.
home-your-account = Tu cuenta
home-join = Únete a la comunidad
home-features = Qué encontrarás aquí
home-forums = Foros de la comunidad
home-forums-text = Preguntas, respuestas e ideas de personas que usan el producto todos los días.
home-stories = Historias de clientes
home-stories-text = Cuenta cómo te va con el producto; destacamos las mejores historias.
home-points = Puntos, insignias y recompensas
home-points-text = Ayudar a otros te da puntos que puedes canjear por descuentos, acceso anticipado y regalos de la marca.

## Recompensas

rewards-title = Recompensas
rewards-description = Las recompensas en las que los miembros pueden gastar sus puntos: descuentos, acceso anticipado y más.
rewards-your-points = Tus puntos
rewards-yours = Tus recompensas
rewards-history = Historial de puntos
rewards-empty = Ahora mismo no hay recompensas disponibles. Vuelve pronto.
reward-unlimited = Ilimitado
reward-out-of-stock = Agotado
reward-left = { $count ->
    [one] Queda { $count }
   *[other] Quedan { $count }
}
reward-until = Hasta el
reward-min-level = Desde el nivel { $level }
reward-group-only = Solo para el grupo { $group }
reward-confirm-question = { $points ->
    [one] ¿Gastar { $points } punto en { $reward }?
   *[other] ¿Gastar { $points } puntos en { $reward }?
}
reward-redeem = Canjear
reward-confirm = Confirmar
reward-kind-discount = Código de descuento
reward-kind-physical = Artículo físico
reward-kind-early-access = Acceso anticipado
reward-kind-experience = Experiencia

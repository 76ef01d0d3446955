# Unirse: la página de registro, la solicitud para unirse y la aceptación de una invitación de los administradores.

## Página de registro

join-title = Únete a la comunidad
join-apply-title = Solicita unirte
join-how-approval = El equipo revisa cada solicitud; te enviaremos su decisión por correo.
join-how-approval-domains = El equipo revisa cada solicitud; te enviaremos su decisión por correo. Las direcciones de { $domains } se unen al instante, sin las preguntas.
# $domains: uno o varios dominios, separados por comas.
join-how-invite = Las direcciones de { $domains } pueden unirse aquí; los demás necesitan una invitación.
join-email = Correo electrónico
join-email-hint = Nunca lo mostramos a otros miembros.
join-questions = Unas preguntas del equipo
join-create-button = Crear cuenta
join-creating = Creando tu cuenta…
join-apply-button = Enviar mi solicitud
join-applying = Enviando…
# Antes del enlace «Iniciar sesión».
join-already-member = ¿Ya eres miembro?
join-sign-in = Iniciar sesión

## Los campos que piden las dos formas de unirse

join-display-name = Nombre visible
join-display-name-hint = Se muestra junto a todo lo que publiques.
join-password = Contraseña
join-password-hint = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.
# La casilla de las condiciones: «Acepto las [condiciones del servicio (versión 3)] y he leído el [aviso de privacidad].» (enlaces entre corchetes)
join-terms-accept = Acepto las
join-terms-link = condiciones del servicio (versión { $version })
join-terms-privacy = y he leído el
join-terms-privacy-link = aviso de privacidad
# Cierra la frase tras el enlace al aviso de privacidad.
join-terms-privacy-end = .
# Cierra la frase tras el enlace a las condiciones cuando no hay aviso de privacidad.
join-terms-end = .

## Solo con invitación

join-by-invitation-title = Solo se entra con invitación
join-by-invitation-text = A esta comunidad solo se entra con invitación. Si alguien del equipo te invitó, abre el enlace de su correo para unirte.

## Aceptar una invitación

join-invitation-title = Acepta tu invitación
join-opening-invitation = Abriendo tu invitación…
join-without-invitation = Unirse sin invitación
# $role es el rol que da la invitación: member, moderator o admin.
join-invited-as = { $role ->
    [moderator] { $inviter } te invitó a unirte a la comunidad como moderador.
    [admin] { $inviter } te invitó a unirte a la comunidad como administrador.
   *[member] { $inviter } te invitó a unirte a la comunidad como embajador.
}
# Antes de la dirección invitada (en negrita).
join-your-address = Tu dirección:
# Después de la dirección invitada, antes de la fecha y hora en que vence la invitación.
join-address-confirmed = . Al abrir este enlace quedó confirmada. La invitación es válida hasta el

## Lo que responde el servidor

join-invitation-only = A esta comunidad solo se entra con invitación: pide una al equipo.
join-domains-only = Sin invitación solo pueden unirse las direcciones de { $domains }: usa la tuya o pide una invitación al equipo.
join-account-exists = Ya existe una cuenta con esta dirección: inicia sesión o restablece su contraseña.

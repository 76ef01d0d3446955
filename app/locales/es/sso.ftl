# Inicio de sesión único: los proveedores y la regla de contraseñas de los administradores, la página de inicio
# de sesión y seguridad de un miembro y la vinculación de un proveedor con una cuenta.

## Administradores: inicio de sesión único (/admin/sso)

sso-title = Inicio de sesión único
sso-intro = Los miembros inician sesión con la identidad que ya tienen: cualquier proveedor OpenID Connect (Okta, Entra ID, Google, Keycloak, tu portal de clientes). Registra Chorus en el proveedor como cliente web confidencial con el flujo de código de autorización; Chorus usa PKCE, state y nonce, y comprueba en cada token de ID la firma, el emisor, la audiencia, la caducidad y el nonce.
sso-loading-providers = Cargando proveedores…
sso-new-provider = Nuevo proveedor
sso-provider-saved = Guardado. Pruébalo desde la página de inicio de sesión en una ventana privada antes de confiar en él.
sso-no-providers = Todavía no hay proveedores: los miembros inician sesión con su contraseña. Añade uno abajo.
# «En el proveedor, permite la dirección de retorno https://…/sso/<nombre corto>/callback y, para el cierre de sesión único, la dirección https://…/ tras cerrar sesión.»
sso-callback-hint = En el proveedor, permite la dirección de retorno
# Representa el nombre corto de un proveedor en la dirección de retorno de arriba.
sso-slug-placeholder = nombre corto
sso-logout-hint = y, para el cierre de sesión único, la dirección
sso-logout-hint-end = tras cerrar sesión.
sso-members-linked = { $count ->
    [one] { $count } miembro vinculado
   *[other] { $count } miembros vinculados
}
# Lo que hace un proveedor, tras el número de miembros vinculados, separado por punto y coma.
sso-rule-creates = crea cuentas
sso-rule-auto-link = vincula direcciones verificadas sin contraseña
sso-rule-claim = roles y grupos de «{ $claim }»
# Antes de la dirección del emisor.
sso-issuer = Emisor
# Entre la dirección del emisor y la dirección de retorno.
sso-callback = ; retorno
sso-change = Cambiar { $provider }
sso-remove = Quitar { $provider }
sso-passwords = Contraseñas
sso-saved = Guardado.
sso-policy-legend = Quién puede iniciar sesión con contraseña
# Antes del comando «chorus create-admin»: «¿Te quedaste fuera? chorus create-admin en el servidor vuelve a activar las contraseñas para todos.»
sso-policy-hint = Primero vincula un proveedor a tu propia cuenta. ¿Te quedaste fuera?
sso-policy-hint-end = en el servidor vuelve a activar las contraseñas para todos.
sso-save = Guardar
sso-two-factor = Verificación en dos pasos
sso-staff-two-factor-required = Exigir un segundo factor a moderadores y administradores (lo configuran antes de abrir cualquier página del equipo)
sso-reset-title = Un miembro perdió el teléfono y los códigos de recuperación
sso-reset-done = Desactivada; se avisó al miembro por correo y puede volver a configurarla.
sso-reset-email = Dirección de correo del miembro
sso-reset-button = Desactivar su segundo factor

## Administradores: el formulario de un proveedor

sso-field-name = Nombre en el botón
sso-field-name-hint = Los miembros leen «Iniciar sesión con …».
sso-field-slug = Nombre corto para las direcciones
sso-field-slug-hint = Minúsculas, números y guiones: la dirección de retorno termina en /sso/<nombre corto>/callback.
sso-field-issuer = Emisor
sso-field-issuer-hint = https://…, tal como lo indica el documento de descubrimiento del proveedor.
sso-field-client-id = ID de cliente
sso-field-secret = Secreto de cliente
sso-secret-hint-new = De la configuración de cliente del proveedor. Se guarda en el servidor y no se vuelve a mostrar.
sso-secret-hint-keep = Déjalo vacío para conservar el secreto guardado.
sso-field-scopes = Ámbitos (scopes)
sso-field-scopes-hint = Siempre se pide openid; añade el que incluya tu claim de grupos, si lo hay.
sso-field-claim = Claim con grupos (opcional)
sso-field-claim-hint = Un claim del token de ID, como «groups»: sus valores de abajo convierten a los miembros en administradores o moderadores, y un valor igual al nombre corto de un grupo los añade a ese grupo.
sso-field-admin-values = Valores que dan el rol de administrador
sso-field-admin-values-hint = Uno por línea. Con valores aquí o abajo, cada inicio de sesión fija el rol del miembro a partir del claim.
sso-field-moderator-values = Valores que dan el rol de moderador
sso-field-create-accounts = Crear una cuenta en el primer inicio de sesión (cuando el proveedor indica que la dirección está verificada), sean cuales sean las reglas para unirse
sso-field-auto-link = Vincular con la cuenta que tiene la misma dirección verificada sin pedir su contraseña (solo para un proveedor en el que confíes para verificar direcciones)
sso-add-provider = Añadir proveedor
sso-save-changes = Guardar cambios

## Miembros: inicio de sesión y seguridad (/me/security)

sso-security-title = Inicio de sesión y seguridad
sso-linked = Vinculado: ya puedes iniciar sesión con él.
sso-unlinked = Desvinculado: ya no inicia tu sesión.
sso-password = Contraseña
sso-has-password = Puedes iniciar sesión con tu contraseña. Cámbiala desde la página de tu cuenta.
sso-no-password = Aquí no tienes contraseña: inicias sesión con un proveedor. «¿Olvidaste tu contraseña?», en la página de inicio de sesión, te permite crear una.
sso-providers = Proveedores de inicio de sesión
sso-none-here = Esta comunidad no tiene proveedores de inicio de sesión.
# Tras el nombre del proveedor, antes de la fecha de la vinculación: «Okta — vinculado como ada@example.com el 5 mar 2026, 14:07 UTC».
sso-linked-as = — vinculado como { $email } el
# Antes de la fecha en que el proveedor inició por última vez la sesión del miembro.
sso-last-used = , último uso el
sso-unlink = Desvincular { $provider }
# Tras el nombre del proveedor.
sso-not-linked = — sin vincular.
sso-link = Vincular { $provider }

## Miembros: verificación en dos pasos (en la misma página)

sso-codes-title = Tus códigos de recuperación.
sso-codes-text = Cada uno sirve una vez, en lugar de un código de la app. Guárdalos en un lugar seguro: no se vuelven a mostrar.
sso-two-factor-required-note = Los administradores exigen la verificación en dos pasos a moderadores y administradores: actívala para acceder a las páginas del equipo.
sso-two-factor-on = { $count ->
    [one] Activada. Al iniciar sesión se pide un código de tu app de autenticación. Te queda { $count } código de recuperación.
   *[other] Activada. Al iniciar sesión se pide un código de tu app de autenticación. Te quedan { $count } códigos de recuperación.
}
sso-code-renew = Código de tu app, para crear nuevos códigos de recuperación
sso-renew-codes = Crear nuevos códigos de recuperación
sso-code-disable = Código de tu app (o un código de recuperación), para desactivarla
sso-turn-off = Desactivar la verificación en dos pasos
sso-scan = Escanea esto con tu app de autenticación (o escribe la clave) y luego escribe el código que muestre.
# Antes de la clave secreta, para escribirla en la app.
sso-key = Clave:
sso-code-confirm = Código de tu app
sso-turn-on = Activar
sso-two-factor-off = Desactivada. Si la activas, al iniciar sesión también se pide un código de una app de autenticación en tu teléfono.
sso-set-up = Configurar la verificación en dos pasos

## Vincular un proveedor con la contraseña de la cuenta (/sso/link)

sso-link-title = Vincula tu inicio de sesión
# Antes del enlace «Iniciar sesión».
sso-nothing-waiting = No hay nada pendiente de vincular.
sso-sign-in = Iniciar sesión
# Antes de la dirección (en negrita): «Una cuenta de aquí ya usa ada@example.com. Escribe su contraseña para vincular Okta a esa cuenta: …»
sso-link-uses = Una cuenta de aquí ya usa
# Después de la dirección, con su punto.
sso-link-enter-password = . Escribe su contraseña para vincular { $provider } a esa cuenta: a partir de entonces, { $provider } iniciará tu sesión directamente.
sso-link-and-sign-in = Vincular e iniciar sesión
sso-forgot-password = ¿Olvidaste tu contraseña?

## Lo que comprueba el formulario de proveedor

sso-slug-invalid = Indica un nombre corto para las direcciones: minúsculas, números y guiones, como máximo { $max }.
sso-name-missing = Indica el nombre que los miembros ven en el botón, como «Okta».
# Empieza la frase «… puede tener como máximo 60 caracteres.»
sso-name-what = El nombre
sso-client-id-invalid = Indica el ID de cliente que emitió el proveedor (como máximo { $max } caracteres).
sso-secret-missing = Indica el secreto de cliente que emitió el proveedor.
sso-secret-too-long = El secreto tiene como máximo { $max } caracteres.
sso-claim-invalid = El nombre de un claim es una sola palabra (como «groups»), de como máximo { $max } caracteres.
sso-claim-missing = Indica el claim cuyos valores convierten a los miembros en administradores o moderadores.
# $why es una de las frases sso-issuer-… de abajo.
sso-issuer-wrong = { $why } El emisor es la dirección que indica el documento de descubrimiento del proveedor, como https://login.example.com/realms/customers.
sso-issuer-too-long = Esa dirección tiene más de { $max } caracteres.
sso-issuer-not-web = Eso no es una dirección web.
sso-issuer-not-plain = Eso no es una dirección web simple (sin usuario, consulta ni fragmento).
sso-issuer-not-https = El inicio de sesión debe ir por https (http solo para un proveedor en esta misma máquina).
sso-scope-invalid = «{ $scope }» no es un nombre de ámbito.
sso-scopes-too-many = Pide como máximo { $max } ámbitos.
# $start son los primeros 20 caracteres del valor.
sso-value-too-long = «{ $start }…» tiene más de { $max } caracteres.
sso-values-too-many = Indica como máximo { $max } valores.

## Lo que responde el servidor

sso-slug-taken = Otro proveedor ya usa «{ $slug }»: elige otro.
sso-policy-missing = Elige quién puede iniciar sesión con contraseña.
sso-policy-link-first = Primero vincula un proveedor de inicio de sesión a tu propia cuenta (en /me/security); si no, no podrías volver a iniciar sesión.
sso-two-factor-on-already = La verificación en dos pasos ya está activada.
sso-two-factor-start-again = Vuelve a empezar: primero escanea un código nuevo.
sso-two-factor-no-match = Ese código no coincide. Comprueba la hora de la app y escribe el código más reciente.
sso-two-factor-wrong-code = Ese código no es correcto o ya se usó.
sso-two-factor-required = Los administradores exigen la verificación en dos pasos a moderadores y administradores.
sso-two-factor-yourself-first = Primero configura la verificación en dos pasos para ti (en /me/security).
sso-no-such-account = Ninguna cuenta usa esa dirección.
sso-no-second-factor = Ese miembro no tiene un segundo factor que desactivar.
sso-link-expired = Este enlace esperó demasiado. Vuelve a iniciar sesión con el proveedor.
sso-link-wrong-password = Esa no es la contraseña de esta cuenta. ¿Nunca creaste una? Usa primero «¿Olvidaste tu contraseña?» en la página de inicio de sesión.
sso-unlink-only-way = Es tu única forma de iniciar sesión. Crea primero una contraseña («¿Olvidaste tu contraseña?» te envía un enlace) y luego desvincúlalo.

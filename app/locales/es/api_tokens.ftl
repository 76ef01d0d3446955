## Tokens de API: la página de los administradores

api-tokens-title = Tokens de API
# La introducción se corta alrededor de su enlace («REST API») y de la cabecera que muestra (Authorization: Bearer …).
api-tokens-intro-before = Un token permite que otro sistema (tu CRM, tu tienda) use la{" "}
api-tokens-intro-middle = {" "}con tu autoridad, limitado a lo que le permitas. Envíalo como{" "}
api-tokens-intro-after = . Todo lo que se hace con un token queda en el registro de auditoría con su nombre.
api-tokens-tokens = Tokens
api-tokens-loading = Cargando tokens…
api-tokens-ready = «{ $name }» está listo.
api-tokens-copy-now = Copia su secreto ahora: no se vuelve a mostrar.
api-tokens-secret = Secreto

## Un token nuevo

api-tokens-new = Nuevo token
api-tokens-field-name = Nombre
api-tokens-field-name-hint = El sistema que lo usará, como «Sincronización CRM».
api-tokens-scopes = Qué puede hacer
api-tokens-field-expires = Caduca tras (días, 1–{ $max }; vacío: nunca)
api-tokens-field-rate = Solicitudes por minuto (1–{ $max })
api-tokens-create = Crear token

## Lo que puede hacer un token (junto al nombre de cada permiso)

api-tokens-scope-challenges-write = Completar un reto por un miembro (se le conceden sus puntos)
api-tokens-scope-members-read = Leer miembros: nombres, nombres de usuario, correos, roles, grupos, niveles y puntos
api-tokens-scope-members-write = Invitar a personas (un correo con un enlace para unirse) y definir los grupos de un miembro
api-tokens-scope-points-read = Leer el saldo y el historial de puntos de un miembro
api-tokens-scope-points-write = Conceder o descontar puntos
api-tokens-scope-redemptions-read = Leer los canjes de recompensas
api-tokens-scope-redemptions-write = Completar o cancelar canjes (una cancelación devuelve los puntos)
api-tokens-scope-referrals-read = Leer las conversiones de referidos (pedidos de amigos referidos)
api-tokens-scope-referrals-write = Informar de que un amigo referido se hizo cliente (un pedido)
api-tokens-scope-stories-read = Leer las historias publicadas, tal como las muestran las páginas públicas
api-tokens-scope-webhooks-manage = Listar, registrar y eliminar endpoints de webhook

## La lista de tokens

api-tokens-empty = Todavía no hay tokens. Crea uno arriba cuando otro sistema necesite la API.
api-tokens-caption = Tokens de API, los activos primero
api-tokens-col-name = Nombre
api-tokens-col-prefix = Empieza por
api-tokens-col-scopes = Puede
api-tokens-col-made = Creado
api-tokens-col-expires = Caduca
api-tokens-col-last-used = Último uso
api-tokens-col-status = Estado
api-tokens-col-actions = Acciones
api-tokens-rate = { $rate } por minuto
api-tokens-made-by = por { $name }
api-tokens-never = Nunca
api-tokens-not-yet = Todavía no
api-tokens-status-active = Activo
api-tokens-status-expired = Caducado
api-tokens-status-revoked = Revocado
api-tokens-revoke = Revocar
api-tokens-revoke-named = Revocar el token { $name }
api-tokens-revoked = «{ $name }» está revocado: a partir de ahora se rechazan las solicitudes con él.

## Comprobación de un token nuevo

api-tokens-name-missing = Ponle al token el nombre del sistema que lo usará, como «Sincronización CRM».
api-tokens-name-too-long = Usa como máximo { $max } caracteres, en una sola línea.
api-tokens-scope-unknown = «{ $scope }» no es un permiso que conozca esta API.
api-tokens-scopes-missing = Elige al menos una cosa que pueda hacer el token.
api-tokens-expires-invalid = Indica un número entero de días de 1 a { $max }, o déjalo vacío para un token que no caduque.
api-tokens-rate-invalid = Indica un número entero de solicitudes por minuto de 1 a { $max }.

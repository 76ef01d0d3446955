## Registro de auditoría (/admin/audit)

audit-title = Registro de auditoría
audit-empty = Todavía no hay acciones de moderación.
# Título de la tabla para lectores de pantalla.
audit-caption = Acciones de moderación, primero las más recientes
audit-when = Cuándo
audit-who = Quién
audit-action = Acción
# Columna: sobre qué se hizo la acción («user 12», «post 40»).
audit-on = Sobre
audit-detail = Detalle
# En la columna Quién, para una acción hecha con un token de API: «Ada Okafor (token de API “Shop”)».
audit-via-token = { $name } (token de API “{ $token }”)

## La lista de bienvenida (página de inicio y /welcome)

welcome-title = Primeros pasos
welcome-done-sentence = { $done } de { $total } hechos.
welcome-points-per-step = { $points ->
    [one] Cada paso te da { $points } punto.
   *[other] Cada paso te da { $points } puntos.
}
welcome-steps-done = Pasos hechos
# Dentro de la barra de progreso, para los navegadores que no la dibujan.
welcome-done-of = { $done } de { $total }
welcome-step-done = Hecho
welcome-step-to-do = Pendiente
# Lo leen los lectores de pantalla antes del título de cada paso: «Hecho: Completa tu perfil».
welcome-step-state = { $state }:{" "}
welcome-all-done = ¡Todo listo! Te damos la bienvenida.

## Los pasos

welcome-profile = Completa tu perfil
welcome-profile-how = Añade una foto y unas palabras sobre ti.
welcome-introduce = Preséntate
welcome-introduce-how = Abre un tema: quién eres y para qué usas el producto.
welcome-guidelines = Lee las normas de la comunidad
welcome-guidelines-how = Cómo nos tratamos aquí.
welcome-reply = Escribe tu primera respuesta
welcome-reply-how = Responde a una pregunta o da las gracias a alguien en un tema que abrió otro miembro.

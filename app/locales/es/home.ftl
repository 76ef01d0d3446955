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

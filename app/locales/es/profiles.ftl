## La página pública de un miembro (/u/<handle>)

# Bajo el nombre: «@ada · 1250 puntos · miembro desde 5 mar 2026».
profiles-meta = @{ $handle } · { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    } · miembro desde
# La lista con la ubicación y los enlaces del miembro, para lectores de pantalla.
profiles-facts = Información
profiles-based-in = Ubicación: { $location }
profiles-advocate = Miembro destacado del mes
profiles-badges = Insignias
profiles-no-badges = Aún no hay insignias.
profiles-featured-stories = Historias destacadas
profiles-recent-posts = Publicaciones recientes
profiles-no-posts = Aún no hay publicaciones.

## Herramientas de moderación en la página de un miembro

profiles-mod-tools = Herramientas de moderación
profiles-mod-restrict = Suspender o silenciar…
profiles-award-badge = Otorgar una insignia
profiles-award-reason = Motivo (el miembro lo verá)
profiles-award = Otorgar
profiles-revoke-badge = Retirar una insignia
profiles-revoke-reason = Motivo
profiles-revoke = Retirar
profiles-spotlight-citation = Nombrar miembro destacado del mes: mención
profiles-spotlight = Poner en el foco

## Tu perfil (/me/profile)

profiles-mine-title = Tu perfil
profiles-picture-saved = Tu nueva imagen se ha guardado.
profiles-details-saved = Tus datos se han guardado.
profiles-handle-saved = Tu nombre de usuario ha cambiado. Tu dirección anterior seguirá trayendo aquí durante un año.
profiles-picture = Imagen
profiles-public-page = Ver tu página pública
profiles-your-pictures = Tus imágenes
profiles-your-data = Tus datos
profiles-download-data = Descargar tus datos
# Tras el enlace «Descargar tus datos».
profiles-download-data-what = — todo lo que esta comunidad guarda sobre ti, en un solo archivo.
profiles-delete-account = Eliminar tu cuenta

## Lo que cuentas sobre ti

profiles-about-you = Sobre ti
profiles-bio = Biografía
profiles-bio-hint = Unas líneas sobre ti. Puedes usar Markdown: **negrita**, *cursiva*, enlaces. Como máximo { $max } caracteres.
profiles-job-title = Cargo
profiles-company = Empresa
profiles-location = Ubicación
profiles-location-hint = Una ciudad o región, si quieres.
profiles-website = Sitio web
profiles-website-hint = https://… (no se aceptan otros tipos de enlace).
profiles-linkedin-hint = https://www.linkedin.com/in/tu-nombre
profiles-save-details = Guardar datos

## Tu nombre de usuario

profiles-handle = Nombre de usuario
profiles-handle-hint = Tu dirección es /u/{ $handle } y los demás te mencionan como @{ $handle }. Después de un cambio, la dirección anterior seguirá trayendo aquí durante un año y, mientras tanto, nadie más podrá usarla. Letras a–z, dígitos y guiones bajos, como máximo { $max }.
profiles-change-handle = Cambiar el nombre de usuario

## Comprobar lo que cuentas sobre ti y tu nombre de usuario

# El comienzo de «… puede tener como máximo 80 caracteres.» (y similares) para cada campo.
profiles-what-bio = Tu biografía
profiles-what-company = Un nombre de empresa
profiles-what-job-title = Un cargo
profiles-what-location = Una ubicación
profiles-what-website = Tu sitio web
profiles-what-linkedin = Tu enlace de LinkedIn
profiles-control-characters = { $what } no puede contener caracteres de control.
profiles-linkedin-shape = Tu enlace de LinkedIn debería tener este aspecto: https://www.linkedin.com/in/tu-nombre.
profiles-handle-missing = Escribe un nombre de usuario.
profiles-handle-length = Un nombre de usuario tiene de { $min } a { $max } caracteres; este tiene { $count }.
profiles-handle-characters = Un nombre de usuario solo puede contener letras a–z, dígitos y guiones bajos.
profiles-handle-start = Un nombre de usuario empieza por una letra o un dígito.
profiles-handle-reserved = @{ $handle } está reservado; elige otro nombre de usuario.
profiles-handle-taken = @{ $handle } ya está en uso; elige otro nombre de usuario.

## Respuestas del servidor

# El sujeto de «… no se ha encontrado.»
profiles-that-member = Ese miembro

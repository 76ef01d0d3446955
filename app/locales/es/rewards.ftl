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

## recovery

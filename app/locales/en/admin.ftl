## admin

## join

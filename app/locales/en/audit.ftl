## audit

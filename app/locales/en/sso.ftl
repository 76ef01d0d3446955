## sso

## invitations

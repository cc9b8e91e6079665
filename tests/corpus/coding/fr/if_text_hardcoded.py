mot_de_passe = input("Mot de passe : ")
print("Bienvenue")

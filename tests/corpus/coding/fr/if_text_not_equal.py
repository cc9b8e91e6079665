mot_de_passe = input("Mot de passe : ")
if mot_de_passe != "ouvert123":
    print("Mot de passe incorrect")
else:
    print("Bienvenue")

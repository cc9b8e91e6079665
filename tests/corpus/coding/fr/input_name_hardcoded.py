prenom = input("Quel est votre prénom ? ")
print("Bienvenue, Joseph !")

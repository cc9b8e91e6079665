prenom = input("Quel est votre prénom ? ")
print(f"Bienvenue, {prenom} !")

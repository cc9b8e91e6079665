courriel = input('Courriel : ')
if "@" not in courriel:
    print("Ce n'est pas une adresse de courriel.")
else:
    parts = courriel.split("@")
    print(parts[-1])

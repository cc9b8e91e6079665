courriel = input("Courriel : ")
if "@" in courriel:
    print(courriel.split("@")[1])

def saluer(nom):
    print("Bonjour, " + nom + " !")

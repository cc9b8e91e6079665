taches = ["Ouvrir la boutique", "Compter la caisse"]
taches.append("Nettoyer le sol")
for i in range(len(taches)):
    print("- " + taches[i])

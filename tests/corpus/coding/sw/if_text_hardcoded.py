nenosiri = input("Nenosiri: ")
print("Karibu")

name = input("Jina lako ni nani? ")
print("Karibu, Baraka!")

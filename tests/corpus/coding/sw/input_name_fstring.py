name = input("Jina lako ni nani? ")
print(f"Karibu, {name}!")

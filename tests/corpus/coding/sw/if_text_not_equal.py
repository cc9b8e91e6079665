nenosiri = input("Nenosiri: ")
if nenosiri != "fungua123":
    print("Nenosiri si sahihi")
else:
    print("Karibu")

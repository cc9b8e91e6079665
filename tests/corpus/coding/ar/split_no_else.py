email = input("البريد: ")
if "@" in email:
    print(email.split("@")[1])

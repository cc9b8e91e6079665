email = input("Email: ")
if "@" in email:
    print(email.split("@")[1])

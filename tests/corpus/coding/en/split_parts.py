email = input("Email: ")
if "@" not in email:
    print("This is not an email address.")
else:
    parts = email.split("@")
    print(parts[-1])

kazi = ["Fungua duka", "Hesabu pesa"]
kazi.append("Safisha sakafu")
for i in range(len(kazi)):
    print("- " + kazi[i])

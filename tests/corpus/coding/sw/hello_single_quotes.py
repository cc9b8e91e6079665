print('Habari, dunia!')
